package com.cartera.calendar.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.cartera.base.ui.HasHeading;
import com.cartera.base.ui.Notifications;
import com.cartera.calendar.CalendarFeeds;
import com.cartera.calendar.CalendarFeeds.Feed;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The person's agenda in the calendar they already use: a private address (shown once, to copy into Google
 * Calendar, Outlook or a phone) with their follow-ups and, if they like, their customers' birthdays. A new
 * address replaces the old one; revoking makes it answer "not found".
 */
@Route("account/calendar")
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MARKETING, Role.Names.SUPPORT, Role.Names.FINANCE,
        Role.Names.MANAGEMENT})
public class CalendarFeedView extends VerticalLayout implements HasHeading {

    final Checkbox birthdays = new Checkbox();
    final Paragraph state = new Paragraph();
    final TextField address = new TextField();
    final Button copy = new Button();
    final Button create = new Button();
    final Button revoke = new Button();

    private final CalendarFeeds feeds;
    private final ZoneId zone;

    public CalendarFeedView(CalendarFeeds feeds, WorkspaceCalendar workspaceCalendar) {
        this.feeds = feeds;
        this.zone = workspaceCalendar.zone();
        setMaxWidth("40rem");
        addClassName("calendar-feed-view");

        birthdays.setLabel(getTranslation("calendar.birthdays"));
        birthdays.setId("calendar-feed-birthdays");
        birthdays.addValueChangeListener(e -> {
            if (e.isFromClient() && feeds.mine().isPresent()) {
                feeds.includeBirthdays(e.getValue());
                Notifications.success(getTranslation("calendar.saved"));
            }
        });

        address.setLabel(getTranslation("calendar.address"));
        address.setId("calendar-feed-address");
        address.setReadOnly(true);
        address.setWidthFull();
        address.setHelperText(getTranslation("calendar.address.once"));
        copy.setText(getTranslation("calendar.copy"));
        copy.setIcon(VaadinIcon.COPY.create());
        copy.addClickListener(e -> {
            copy.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", address.getValue());
            Notifications.success(getTranslation("calendar.copied"));
        });
        var shown = new HorizontalLayout(address, copy);
        shown.setWidthFull();
        shown.setAlignItems(FlexComponent.Alignment.BASELINE);
        shown.expand(address);
        shown.getStyle().set("flex-wrap", "wrap");
        address.setVisible(false);
        copy.setVisible(false);

        create.setId("calendar-feed-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> createAddress());
        revoke.setText(getTranslation("calendar.revoke"));
        revoke.setId("calendar-feed-revoke");
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revoke.addClickListener(e -> confirmRevoke());
        var actions = new HorizontalLayout(create, revoke);
        actions.getStyle().set("flex-wrap", "wrap");

        add(new Paragraph(getTranslation("calendar.intro")), birthdays, state, shown, actions);
        showState();
    }

    private void showState() {
        var feed = feeds.mine();
        birthdays.setValue(feed.map(Feed::includeBirthdays).orElse(birthdays.getValue()));
        state.setText(feed.map(found -> getTranslation("calendar.state.active", DateTimeFormatter
                        .ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                        .format(found.createdAt().atZone(zone))))
                .orElse(getTranslation("calendar.state.none")));
        create.setText(getTranslation(feed.isPresent() ? "calendar.create.again" : "calendar.create"));
        revoke.setVisible(feed.isPresent());
    }

    void createAddress() {
        String url = feeds.create(birthdays.getValue());
        address.setValue(url);
        address.setVisible(true);
        copy.setVisible(true);
        showState();
    }

    private void confirmRevoke() {
        var dialog = new ConfirmDialog(getTranslation("calendar.revoke"), getTranslation("calendar.revoke.confirm"),
                getTranslation("calendar.revoke"), e -> revokeAddress(), getTranslation("action.cancel"), e -> { });
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    void revokeAddress() {
        feeds.revoke();
        address.clear();
        address.setVisible(false);
        copy.setVisible(false);
        Notifications.success(getTranslation("calendar.revoked"));
        showState();
    }

    @Override
    public String heading() {
        return getTranslation("calendar.title");
    }
}
