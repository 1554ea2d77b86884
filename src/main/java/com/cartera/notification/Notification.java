package com.cartera.notification;

import java.time.Instant;
import java.util.List;

/**
 * A notification as its recipient sees it.
 *
 * @param textKey   the translation key of its text, a {@link java.text.MessageFormat} pattern over {@code arguments}
 * @param arguments the text's values, plain strings (escaped wherever shown)
 * @param linkPath  the route path of its subject, without the leading slash
 * @param readAt    null while unread
 */
public record Notification(long id, NotificationKind kind, String textKey, List<String> arguments, String linkPath,
                           Instant createdAt, Instant readAt) {

    public Notification {
        arguments = List.copyOf(arguments);
    }

    public boolean unread() {
        return readAt == null;
    }
}
