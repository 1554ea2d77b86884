package com.cartera.activity;

import com.cartera.customer.CustomersMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** When two customers are merged, the survivor gets the merged customer's interactions, within the merge's transaction. */
@Component
class InteractionsFollowMerges {

    private final InteractionRepository interactions;

    InteractionsFollowMerges(InteractionRepository interactions) {
        this.interactions = interactions;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CustomersMerged merged) {
        interactions.moveToCustomer(merged.mergedId(), merged.survivorId());
    }
}
