package com.cartera.notification.ui;

import java.util.EnumMap;
import java.util.Map;

import com.cartera.base.ui.HasHeading;
import com.cartera.base.ui.Notifications;
import com.cartera.notification.Delivery;
import com.cartera.notification.NotificationKind;
import com.cartera.notification.NotificationService;
import com.cartera.security.FieldRejectedException;
import com.cartera.security.Role;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Each person's choice, kind by kind, of how notifications reach them: in the app, also mailed at once, also in
 * the morning digest, or not at all. A choice is saved as it is made.
 */
@Route("account/notifications")
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MARKETING, Role.Names.SUPPORT, Role.Names.FINANCE,
        Role.Names.MANAGEMENT})
public class NotificationPreferencesView extends VerticalLayout implements HasHeading {

    final Map<NotificationKind, RadioButtonGroup<Delivery>> choices = new EnumMap<>(NotificationKind.class);

    private final NotificationService notifications;

    public NotificationPreferencesView(NotificationService notifications) {
        this.notifications = notifications;
        setMaxWidth("48rem");
        add(new H3(heading()), new Paragraph(getTranslation("notification.preferences.intro")));
        Map<NotificationKind, Delivery> current = notifications.preferences();
        for (NotificationKind kind : NotificationKind.values()) {
            var group = new RadioButtonGroup<Delivery>(getTranslation("notification.kind." + kind.name()));
            group.setItems(kind.choices());
            group.setItemLabelGenerator(delivery -> getTranslation("notification.delivery." + delivery.name()));
            group.setValue(current.get(kind));
            group.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    choose(kind, e.getValue(), e.getOldValue(), group);
                }
            });
            choices.put(kind, group);
            add(group);
        }
    }

    private void choose(NotificationKind kind, Delivery delivery, Delivery previous, RadioButtonGroup<Delivery> group) {
        try {
            notifications.choose(kind, delivery);
            Notifications.success(getTranslation("notification.preferences.saved"));
        } catch (FieldRejectedException e) {
            group.setValue(previous);
            Notifications.error(getTranslation(e.messageKey()));
        }
    }

    @Override
    public String heading() {
        return getTranslation("notification.preferences.title");
    }
}
