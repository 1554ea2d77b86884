package com.cartera.activity.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.cartera.activity.FollowUp;
import com.vaadin.flow.component.Component;

/** How follow-ups read on screen: their kind, when they are due, and a one-line summary. */
final class FollowUpFormat {

    private FollowUpFormat() {
    }

    static String kind(Component in, FollowUp followUp) {
        return in.getTranslation("follow-up.kind." + followUp.getKind().name());
    }

    /** Times are entered and shown in the workspace's zone ({@code zone}), wherever the server runs. */
    static DateTimeFormatter dateTime(Locale locale, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(zone);
    }

    static DateTimeFormatter time(Locale locale, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone);
    }

    static String day(Locale locale, LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }

    /** The status as shown: open ones that are overdue say so. */
    static String status(Component in, FollowUp followUp) {
        if (followUp.isOverdue(Instant.now())) {
            return in.getTranslation("follow-up.status.OVERDUE");
        }
        String status = in.getTranslation("follow-up.status." + followUp.getStatus().name());
        return followUp.getOutcome() == null ? status
                : status + " · " + in.getTranslation("interaction.outcome." + followUp.getOutcome().name());
    }
}
