package com.cartera.analytics;

import java.util.List;

import com.cartera.commerce.ProductCostChanged;
import com.cartera.commerce.PurchasesChanged;
import com.cartera.customer.CustomersMerged;
import com.cartera.marketing.AttributionChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks customers whose purchases changed, in the changing transaction, so that the next refresh recomputes them:
 * the mark commits or rolls back with the change; so are customers whose marketing attribution changed, and
 * products whose cost changed (their margins from that day on). Lifecycle, owner and deletion changes are found by their change
 * stamps at refresh time instead.
 */
@Component
class DirtyCustomers {

    private final AggregateStore store;
    private final MarginAggregate margins;

    DirtyCustomers(AggregateStore store, MarginAggregate margins) {
        this.store = store;
        this.margins = margins;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PurchasesChanged changed) {
        store.markDirty(changed.customerIds());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CustomersMerged merged) {
        store.markDirty(List.of(merged.mergedId(), merged.survivorId()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AttributionChanged changed) {
        store.markDirty(changed.customerIds());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ProductCostChanged changed) {
        margins.markCostChanged(changed.productId(), changed.fromDay());
    }
}
