package com.cartera.mail;

import java.util.UUID;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.cartera.security.AccountMailProperties;

/** Who a message comes from and where answers go: Cartera's defaults, or a workspace's own (mail_settings). */
@Component
class MailSenders {

    record Sender(String from, String replyTo) {
    }

    private final MailProperties settings;
    private final String messageIdDomain;

    MailSenders(MailProperties settings, AccountMailProperties locations) {
        this.settings = settings;
        String host = locations.publicUrl().getHost();
        this.messageIdDomain = host == null || host.isBlank() ? "cartera.invalid" : host;
        requireAddress("cartera.mail.from", settings.from());
        if (settings.replyTo() != null) {
            requireAddress("cartera.mail.reply-to", settings.replyTo());
        }
    }

    Sender defaults() {
        return new Sender(settings.from(), settings.replyTo());
    }

    /** The workspace's sender through its transaction's client. */
    Sender ofWorkspace(JdbcClient sql) {
        return sql.sql("select from_address, reply_to from mail_settings")
                .query((rs, n) -> new Sender(
                        rs.getString(1) == null ? settings.from() : rs.getString(1),
                        rs.getString(2) == null ? settings.replyTo() : rs.getString(2)))
                .optional().orElse(defaults());
    }

    /** A globally unique SMTP Message-ID for the outbox row {@code id}. */
    String messageId(UUID id) {
        return "<" + id + "@" + messageIdDomain + ">";
    }

    /** True when {@code address} is one mail address, with or without a display name ("Name <a@b.c>"). */
    static boolean isAddress(String address) {
        if (address == null || address.isBlank() || address.length() > 320 || address.contains("\n")
                || address.contains("\r")) {
            return false;
        }
        try {
            InternetAddress[] parsed = InternetAddress.parse(address, true);
            if (parsed.length != 1) {
                return false;
            }
            parsed[0].validate();
            return parsed[0].getAddress().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
        } catch (AddressException e) {
            return false;
        }
    }

    private static void requireAddress(String setting, String value) {
        if (!isAddress(value)) {
            throw new IllegalArgumentException(setting + " must be one mail address such as "
                    + "\"Cartera <no-reply@example.com>\", not \"" + value + "\"");
        }
    }
}
