package com.cartera.notification;

import java.util.Locale;

/** The translation keys of notification texts: {@code notification.<kind>[.<variant>]}. */
final class NotificationTexts {

    private NotificationTexts() {
    }

    static String key(NotificationKind kind, String variant) {
        return "notification." + kind.name().toLowerCase(Locale.ROOT).replace('_', '-')
                + (variant == null ? "" : "." + variant.toLowerCase(Locale.ROOT));
    }
}
