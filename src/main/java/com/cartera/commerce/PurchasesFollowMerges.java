package com.cartera.commerce;

import com.cartera.customer.CustomersMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** When two customers are merged, the survivor gets the merged customer's purchases, within the merge's transaction. */
@Component
class PurchasesFollowMerges {

    private final PurchaseRepository purchases;

    PurchasesFollowMerges(PurchaseRepository purchases) {
        this.purchases = purchases;
    }

    /** One set-based update; the purchase triggers then recompute both customers' figures and tiers. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CustomersMerged merged) {
        purchases.moveToCustomer(merged.mergedId(), merged.survivorId());
    }
}
