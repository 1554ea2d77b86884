package com.cartera.marketing.attribution;

import java.util.Set;

import com.cartera.customer.CustomersMerged;
import com.cartera.marketing.AttributionChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When two customers are merged, within the merge's transaction: the survivor keeps the earlier first touch and the
 * later campaign touch, and whoever the merged customer referred counts as referred by the survivor.
 */
@Component
class AttributionFollowsMerges {

    private final AttributionStore store;
    private final ApplicationEventPublisher events;

    AttributionFollowsMerges(AttributionStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CustomersMerged merged) {
        Set<Long> changed = store.merge(merged.mergedId(), merged.survivorId());
        if (!changed.isEmpty()) {
            events.publishEvent(new AttributionChanged(merged.tenant(), changed));
        }
    }
}
