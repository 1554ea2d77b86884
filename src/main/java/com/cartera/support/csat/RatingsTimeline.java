package com.cartera.support.csat;

import java.util.List;

import org.springframework.stereotype.Component;

import com.cartera.customer.CustomerTimelineSource;
import com.cartera.customer.TimelineEntry;

/** Satisfaction ratings on the customer's timeline: "Valoración 4/5 del ticket «…» (por teléfono)". */
@Component
class RatingsTimeline implements CustomerTimelineSource {

    static final String KIND = "RATING";

    private final CustomerSatisfaction satisfaction;

    RatingsTimeline(CustomerSatisfaction satisfaction) {
        this.satisfaction = satisfaction;
    }

    @Override
    public List<TimelineEntry> latest(long customerId, int limit) {
        return satisfaction.answered(customerId, limit).stream()
                .map(survey -> new TimelineEntry(survey.answeredAt(), KIND,
                        "PHONE".equals(survey.source()) ? "support.csat.timeline.phone" : "support.csat.timeline",
                        List.of(survey.rating(), survey.ticketSubject()), survey.comment(), null))
                .toList();
    }
}
