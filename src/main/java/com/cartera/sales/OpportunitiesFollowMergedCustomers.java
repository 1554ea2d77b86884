package com.cartera.sales;

import com.cartera.customer.CustomersMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** When two customers are merged, the survivor takes over the merged one's opportunities and conversions. */
@Component
class OpportunitiesFollowMergedCustomers {

    private final OpportunityRepository opportunities;
    private final ConversionRepository conversions;

    OpportunitiesFollowMergedCustomers(OpportunityRepository opportunities, ConversionRepository conversions) {
        this.opportunities = opportunities;
        this.conversions = conversions;
    }

    /** In the merge's transaction, so that the merge is all or nothing. */
    @EventListener
    void on(CustomersMerged merged) {
        opportunities.moveToCustomer(merged.mergedId(), merged.survivorId());
        conversions.moveToCustomer(merged.mergedId(), merged.survivorId());
    }
}
