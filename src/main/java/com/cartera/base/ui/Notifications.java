package com.cartera.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The few kinds of notification Cartera shows, styled alike everywhere. */
public final class Notifications {

    private Notifications() {
    }

    public static void success(String text) {
        show(text, NotificationVariant.SUCCESS, 3000);
    }

    public static void error(String text) {
        show(text, NotificationVariant.ERROR, 8000);
    }

    public static void warning(String text) {
        show(text, NotificationVariant.WARNING, 8000);
    }

    private static void show(String text, NotificationVariant variant, int millis) {
        var notification = Notification.show(text, millis, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
    }
}
