package com.cartera.marketing;

import java.time.LocalDate;

/**
 * Which spend entries a list or total shows: the period [from, to) and, where not null, one source, campaign,
 * category or kind, and words of the description or the campaign's name.
 */
public record SpendFilter(LocalDate from, LocalDate to, Long sourceId, Long campaignId, SpendCategory category,
                          SpendKind kind, String text) {

    public SpendFilter {
        if (from == null || to == null || !to.isAfter(from)) {
            throw new IllegalArgumentException("A spend period needs from < to, not " + from + " .. " + to);
        }
        text = text == null || text.isBlank() ? null : text.strip();
    }
}
