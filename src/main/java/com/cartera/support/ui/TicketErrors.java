package com.cartera.support.ui;

import java.util.Map;

import com.cartera.base.ui.Notifications;
import com.cartera.support.TicketRefusedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;

/** Shows a refusal on the field it names, or as a notification when the field is not on the screen. */
final class TicketErrors {

    private TicketErrors() {
    }

    static String text(Component where, TicketRefusedException refused) {
        return where.getTranslation(refused.messageKey(), refused.arguments().toArray());
    }

    static void show(Component where, TicketRefusedException refused, Map<String, ? extends HasValidation> fields) {
        String text = text(where, refused);
        HasValidation field = fields.get(refused.field());
        if (field != null) {
            field.setErrorMessage(text);
            field.setInvalid(true);
        }
        Notifications.error(text);
    }
}
