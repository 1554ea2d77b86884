package com.cartera.activity;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.cartera.customer.CustomerOccasions;
import com.cartera.customer.CustomerOccasions.Occasion;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the follow-ups worth proposing on a day: congratulating customers whose birthday falls within the
 * next {@value #DAYS_AHEAD} days, and welcoming those who became active within the last {@value #DAYS_BACK}
 * days (the first purchase or conversion; changes of life stage are not recorded, so they propose nothing).
 * Each customer gets one suggestion per reason and year. Not secured: the daily job runs it with nobody
 * signed in.
 */
@Component
class SuggestionFinder {

    static final int DAYS_AHEAD = 7;
    static final int DAYS_BACK = 7;

    private final CustomerOccasions occasions;
    private final FollowUpSuggestionRepository suggestions;

    SuggestionFinder(CustomerOccasions occasions, FollowUpSuggestionRepository suggestions) {
        this.occasions = occasions;
        this.suggestions = suggestions;
    }

    /** Proposes what {@code today} calls for; returns how many suggestions are new. */
    @Transactional
    public int propose(LocalDate today, ZoneId zone) {
        return propose(SuggestionReason.BIRTHDAY, occasions.birthdaysBetween(today, today.plusDays(DAYS_AHEAD)))
                + propose(SuggestionReason.WELCOME,
                occasions.activatedSince(today.minusDays(DAYS_BACK).atStartOfDay(zone).toInstant(), zone));
    }

    private int propose(SuggestionReason reason, List<Occasion> found) {
        if (found.isEmpty()) {
            return 0;
        }
        return suggestions.propose(reason.name(),
                found.stream().map(Occasion::customerId).toArray(Long[]::new),
                found.stream().map(Occasion::date).toArray(LocalDate[]::new),
                found.stream().map(Occasion::ownerId).toArray(UUID[]::new));
    }
}
