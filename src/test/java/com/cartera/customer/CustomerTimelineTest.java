package com.cartera.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class CustomerTimelineTest {

    private static TimelineEntry at(String instant, String kind) {
        return new TimelineEntry(Instant.parse(instant), kind, "t", List.of(), null, null);
    }

    @Test
    void entriesOfAllSourcesAreMergedNewestFirstAndCutAtTheLimit() {
        var purchases = List.of(at("2026-04-10T10:00:00Z", "PURCHASE"), at("2026-03-01T10:00:00Z", "PURCHASE"));
        var lifecycle = List.of(at("2026-04-20T09:00:00Z", "LIFECYCLE"), at("2026-01-05T09:00:00Z", "LIFECYCLE"));
        var interactions = List.of(at("2026-03-15T12:00:00Z", "INTERACTION"));

        List<TimelineEntry> merged = CustomerTimeline.merge(List.of(purchases, lifecycle, interactions), 3);

        assertThat(merged).extracting(entry -> entry.at().toString())
                .containsExactly("2026-04-20T09:00:00Z", "2026-04-10T10:00:00Z", "2026-03-15T12:00:00Z");
        assertThat(CustomerTimeline.merge(List.of(purchases, lifecycle, interactions), 10)).hasSize(5);
        assertThat(CustomerTimeline.merge(List.of(), 10)).isEmpty();
    }
}
