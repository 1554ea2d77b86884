package com.cartera.activity;

import java.util.Set;

import com.cartera.customer.CustomersMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When two customers are merged, the survivor gets the merged customer's interactions, follow-ups and
 * suggestions (but one per reason and year), and its alert is recomputed from all of them, within the
 * merge's transaction.
 */
@Component
class InteractionsFollowMerges {

    private final InteractionRepository interactions;
    private final FollowUpRepository followUps;
    private final FollowUpSuggestionRepository suggestions;
    private final FollowUpAlerts alerts;

    InteractionsFollowMerges(InteractionRepository interactions, FollowUpRepository followUps,
                             FollowUpSuggestionRepository suggestions, FollowUpAlerts alerts) {
        this.interactions = interactions;
        this.followUps = followUps;
        this.suggestions = suggestions;
        this.alerts = alerts;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CustomersMerged merged) {
        interactions.moveToCustomer(merged.mergedId(), merged.survivorId());
        followUps.moveToCustomer(merged.mergedId(), merged.survivorId());
        suggestions.moveToCustomer(merged.mergedId(), merged.survivorId());
        alerts.recompute(Set.of(merged.survivorId()));
    }
}
