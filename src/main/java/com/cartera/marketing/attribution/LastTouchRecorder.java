package com.cartera.marketing.attribution;

import java.util.Set;

import com.cartera.customer.CustomerOrigins;
import com.cartera.marketing.AttributionChanged;
import com.cartera.marketing.CampaignTouched;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the last campaign that touched each lead before they became a customer: a touch counts only while the
 * customer is still a lead or prospect, so a customer keeps the touch that came before their conversion.
 */
@Component
class LastTouchRecorder {

    private final CustomerOrigins origins;
    private final AttributionStore store;
    private final ApplicationEventPublisher events;

    LastTouchRecorder(CustomerOrigins origins, AttributionStore store, ApplicationEventPublisher events) {
        this.origins = origins;
        this.store = store;
        this.events = events;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CampaignTouched touched) {
        Set<Long> leads = origins.leadsOrProspects(touched.customerIds());
        Set<Long> changed = store.touch(leads, touched.campaignId(), touched.at());
        if (!changed.isEmpty()) {
            events.publishEvent(new AttributionChanged(touched.tenant(), changed));
        }
    }
}
