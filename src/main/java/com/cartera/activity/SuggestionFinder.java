package com.cartera.activity;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import com.cartera.customer.CustomerChurnRisk;
import com.cartera.customer.CustomerChurnRisk.AtRisk;
import com.cartera.customer.CustomerOccasions;
import com.cartera.customer.CustomerOccasions.Occasion;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the follow-ups worth proposing on a day: congratulating customers whose birthday falls within the
 * next {@value #DAYS_AHEAD} days, welcoming those who became active within the last {@value #DAYS_BACK}
 * days (the first purchase or conversion; changes of life stage are not recorded, so they propose nothing), and
 * winning back customers at high churn risk whom no open follow-up covers ({@link Reactivations}), with the
 * reasons of the risk. Each customer gets one suggestion per reason and year. Not secured: the daily job runs it
 * with nobody signed in.
 */
@Component
class SuggestionFinder {

    static final int DAYS_AHEAD = 7;
    static final int DAYS_BACK = 7;

    private final CustomerOccasions occasions;
    private final CustomerChurnRisk churnRisk;
    private final FollowUpRepository followUps;
    private final FollowUpSuggestionRepository suggestions;

    SuggestionFinder(CustomerOccasions occasions, CustomerChurnRisk churnRisk, FollowUpRepository followUps,
                     FollowUpSuggestionRepository suggestions) {
        this.occasions = occasions;
        this.churnRisk = churnRisk;
        this.followUps = followUps;
        this.suggestions = suggestions;
    }

    /** Proposes what {@code today} calls for; returns how many suggestions are new. */
    @Transactional
    public int propose(LocalDate today, ZoneId zone) {
        return propose(SuggestionReason.BIRTHDAY, occasions.birthdaysBetween(today, today.plusDays(DAYS_AHEAD)))
                + propose(SuggestionReason.WELCOME,
                occasions.activatedSince(today.minusDays(DAYS_BACK).atStartOfDay(zone).toInstant(), zone))
                + proposeReactivations(today);
    }

    private int propose(SuggestionReason reason, List<Occasion> found) {
        if (found.isEmpty()) {
            return 0;
        }
        return suggestions.propose(reason.name(),
                found.stream().map(Occasion::customerId).toArray(Long[]::new),
                found.stream().map(Occasion::date).toArray(LocalDate[]::new),
                found.stream().map(Occasion::ownerId).toArray(UUID[]::new),
                new String[found.size()]);
    }

    private int proposeReactivations(LocalDate today) {
        List<AtRisk> high = churnRisk.high();
        if (high.isEmpty()) {
            return 0;
        }
        var covered = new HashSet<>(followUps.withOpenFollowUp(high.stream().map(AtRisk::customerId)
                .toArray(Long[]::new)));
        List<AtRisk> found = Reactivations.toPropose(high, covered);
        if (found.isEmpty()) {
            return 0;
        }
        return suggestions.propose(SuggestionReason.REACTIVATION.name(),
                found.stream().map(AtRisk::customerId).toArray(Long[]::new),
                found.stream().map(risk -> today).toArray(LocalDate[]::new),
                found.stream().map(AtRisk::ownerId).toArray(UUID[]::new),
                found.stream().map(risk -> CustomerChurnRisk.encode(risk.reasons())).toArray(String[]::new));
    }
}
