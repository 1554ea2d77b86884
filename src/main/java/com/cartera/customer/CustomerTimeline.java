package com.cartera.customer;

import java.util.Comparator;
import java.util.List;

import com.cartera.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;

/** A customer's whole history on one timeline, merged from every module's {@link CustomerTimelineSource}. */
@Service
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MARKETING, Role.Names.SUPPORT, Role.Names.FINANCE,
        Role.Names.MANAGEMENT})
public class CustomerTimeline {

    private final List<CustomerTimelineSource> sources;

    CustomerTimeline(List<CustomerTimelineSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** The customer's latest {@code limit} entries over all sources, newest first. */
    public List<TimelineEntry> latest(long customerId, int limit) {
        return merge(sources.stream().map(source -> source.latest(customerId, limit)).toList(), limit);
    }

    /** Each source gives its newest {@code limit}, so the newest {@code limit} of them all are among these. */
    static List<TimelineEntry> merge(List<List<TimelineEntry>> perSource, int limit) {
        return perSource.stream()
                .flatMap(List::stream)
                .sorted(Comparator.comparing(TimelineEntry::at).reversed())
                .limit(limit)
                .toList();
    }
}
