package com.cartera.marketing.attribution;

import java.util.Set;

import com.cartera.customer.CustomerOrigins;
import com.cartera.customer.CustomersCreated;
import com.cartera.marketing.AttributionChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each new customer's first touch (source, campaign, referrer) from the moment they are created, in the
 * creating transaction, for a form save and an import batch of thousands alike.
 */
@Component
class FirstTouchRecorder {

    private final CustomerOrigins origins;
    private final AttributionStore store;
    private final ApplicationEventPublisher events;

    FirstTouchRecorder(CustomerOrigins origins, AttributionStore store, ApplicationEventPublisher events) {
        this.origins = origins;
        this.store = store;
        this.events = events;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CustomersCreated created) {
        Set<Long> recorded = store.recordFirstTouch(origins.of(created.customerIds()));
        if (!recorded.isEmpty()) {
            events.publishEvent(new AttributionChanged(created.tenant(), recorded));
        }
    }
}
