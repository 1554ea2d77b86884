package com.cartera.analytics;

import java.util.List;

import com.cartera.customer.RfmSegment;

/**
 * The audience marketing works with, as of the last refresh of the aggregates: live customers, how many gave
 * marketing consent, and the RFM segments' sizes (segments without customers left out).
 */
public record Audience(long customers, long withConsent, List<Segment> segments) {

    public record Segment(RfmSegment segment, long customers, long withConsent) {
    }

    /** withConsent ÷ customers, null without customers. */
    public java.math.BigDecimal consentCoverage() {
        return Kpi.ratio(withConsent, customers);
    }
}
