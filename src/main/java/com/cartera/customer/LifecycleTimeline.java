package com.cartera.customer;

import java.util.List;

import org.springframework.stereotype.Component;

/** The customer's lifecycle transitions on the timeline: "De Lead a En evaluación", with who made them. */
@Component
class LifecycleTimeline implements CustomerTimelineSource {

    static final String KIND = "LIFECYCLE";

    private final CustomerService customerService;

    LifecycleTimeline(CustomerService customerService) {
        this.customerService = customerService;
    }

    @Override
    public List<TimelineEntry> latest(long customerId, int limit) {
        return customerService.lifecycleHistory(customerId).reversed().stream()
                .limit(limit)
                .map(LifecycleTimeline::entry)
                .toList();
    }

    private static TimelineEntry entry(LifecycleChange change) {
        var to = new Translatable("stage." + change.getToStage().name());
        if (change.getFromStage() == null) {
            return new TimelineEntry(change.getChangedAt(), KIND, "timeline.lifecycle.created", List.of(to), null,
                    change.getChangedBy());
        }
        var from = new Translatable("stage." + change.getFromStage().name());
        return new TimelineEntry(change.getChangedAt(), KIND, "timeline.lifecycle.changed", List.of(from, to), null,
                change.getChangedBy());
    }
}
