package com.cartera.notification.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.cartera.customer.WorkspaceCalendar;
import com.cartera.notification.Notification;
import com.cartera.notification.NotificationService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.context.annotation.Scope;

/**
 * The bell in the header: the signed-in person's unread count, and on a click the newest notifications, each
 * marked read and followed to its subject when chosen, with "mark all read". The count is read again on every
 * navigation; the list only when opened.
 */
@SpringComponent
@Scope("prototype")
public class NotificationBell extends Composite<Div> implements AfterNavigationObserver {

    /** How many the list shows. */
    static final int SHOWN = 20;

    final Button bell = new Button(VaadinIcon.BELL.create());
    final Span badge = new Span();
    /** The list, made on the first click (every page has a bell; few open it). */
    Popover popover;
    VerticalLayout list;
    Button markAll;

    private final NotificationService notifications;
    private final WorkspaceCalendar calendar;

    public NotificationBell(NotificationService notifications, WorkspaceCalendar calendar) {
        this.notifications = notifications;
        this.calendar = calendar;
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        bell.addClassName("notification-bell");
        badge.addClassName("notification-count");
        badge.getElement().getThemeList().add("badge error pill small primary");
        badge.getElement().setAttribute("aria-hidden", "true");
        badge.setVisible(false);
        // Later clicks open the popover in the browser by themselves; each one reads the list.
        bell.addClickListener(e -> {
            if (popover == null) {
                makePopover();
                popover.open();
            }
            showList();
        });
        var wrapper = getContent();
        wrapper.addClassName("notification-bell-wrapper");
        wrapper.getStyle().set("position", "relative").set("display", "inline-flex");
        // Beside the bell's upper corner, not over it.
        badge.getStyle().set("position", "absolute").set("top", "-0.25rem").set("right", "-0.5rem")
                .set("font-size", "var(--lumo-font-size-xxs)").set("pointer-events", "none");
        wrapper.getStyle().set("margin-inline-end", "0.5rem");
        wrapper.add(bell, badge);
    }

    private void makePopover() {
        markAll = new Button(getTranslation("notification.mark-all-read"));
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        markAll.addClickListener(e -> {
            notifications.markAllRead();
            refresh();
            showList();
        });
        var preferences = new Button(getTranslation("notification.preferences"),
                e -> {
                    popover.close();
                    UI.getCurrent().navigate(NotificationPreferencesView.class);
                });
        preferences.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        var title = new Span(getTranslation("notification.title"));
        title.addClassName("notification-title");
        var header = new HorizontalLayout(title, markAll);
        header.setWidthFull();
        header.expand(title);
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        list.addClassName("notification-list");
        list.getStyle().set("max-height", "60vh").set("overflow", "auto");
        var content = new VerticalLayout(header, list, preferences);
        content.setPadding(false);
        // Narrower than the phone's screen by the popover's own frame and margins, so that the list never scrolls
        // sideways inside it.
        content.setWidth("min(22rem, calc(100vw - 6rem))");
        popover = new Popover(content);
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM);
        popover.setAriaLabel(getTranslation("notification.title"));
        getContent().add(popover);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        refresh();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    /** Reads the unread count again. */
    public void refresh() {
        long unread = notifications.unreadCount();
        badge.setText(unread > 99 ? "99+" : String.valueOf(unread));
        badge.setVisible(unread > 0);
        bell.setAriaLabel(unread > 0 ? getTranslation("notification.bell.unread", unread)
                : getTranslation("notification.bell"));
        if (markAll != null) {
            markAll.setEnabled(unread > 0);
        }
    }

    private void showList() {
        list.removeAll();
        var shown = notifications.latest(SHOWN);
        if (shown.isEmpty()) {
            list.add(new Span(getTranslation("notification.none")));
            return;
        }
        ZoneId zone = calendar.zone();
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(zone);
        shown.forEach(notification -> list.add(item(notification, when)));
    }

    private Button item(Notification notification, DateTimeFormatter when) {
        var text = new Span(getTranslation(notification.textKey(), notification.arguments().toArray()));
        var time = new Span(when.format(notification.createdAt()));
        time.addClassName("notification-time");
        time.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
        var body = new Div(text, new Div(time));
        body.getStyle().set("text-align", "start").set("white-space", "normal");
        var item = new Button(body, e -> open(notification));
        item.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        item.setWidthFull();
        item.getStyle().set("height", "auto").set("padding", "var(--lumo-space-xs) var(--lumo-space-s)");
        item.addClassName(notification.unread() ? "notification-unread" : "notification-read");
        if (notification.unread()) {
            text.getStyle().set("font-weight", "600");
        }
        return item;
    }

    private void open(Notification notification) {
        if (notification.unread()) {
            notifications.markRead(notification.id());
        }
        popover.close();
        UI.getCurrent().navigate(notification.linkPath());
        refresh();
    }
}
