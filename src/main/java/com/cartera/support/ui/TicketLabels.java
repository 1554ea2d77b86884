package com.cartera.support.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.cartera.support.MessageKind;
import com.cartera.support.TicketChannel;
import com.cartera.support.TicketPriority;
import com.cartera.support.TicketStatus;
import com.cartera.support.TicketType;
import com.vaadin.flow.component.Component;

/** The words the support screens show for the ticket's enums and times. */
final class TicketLabels {

    private TicketLabels() {
    }

    static String label(Component where, Enum<?> value) {
        if (value == null) {
            return "—";
        }
        String group = switch (value) {
            case TicketType ignored -> "type";
            case TicketChannel ignored -> "channel";
            case TicketPriority ignored -> "priority";
            case TicketStatus ignored -> "status";
            case MessageKind ignored -> "message";
            default -> throw new IllegalArgumentException("No label for " + value);
        };
        return where.getTranslation("support.ticket." + group + "." + value.name());
    }

    /** A date and time in the workspace's zone, short, in the UI's language. */
    static String dateTime(Instant at, ZoneId zone, Locale locale) {
        return at == null ? "—" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale)
                .format(at.atZone(zone));
    }
}
