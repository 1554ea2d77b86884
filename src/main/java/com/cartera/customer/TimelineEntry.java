package com.cartera.customer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One event in a customer's history.
 *
 * @param at        when it happened
 * @param kind      what sort of event, for its icon and filter: {@code PURCHASE}, {@code INTERACTION},
 *                  {@code LIFECYCLE}, ...
 * @param titleKey  i18n key of the one-line summary
 * @param titleArgs arguments of the summary's message
 * @param detail    free text shown under the summary (notes), or null
 * @param actor     the team member who did it, or null
 */
public record TimelineEntry(Instant at, String kind, String titleKey, List<Object> titleArgs, String detail,
                            UUID actor) {

    public TimelineEntry {
        titleArgs = List.copyOf(titleArgs);
    }
}
