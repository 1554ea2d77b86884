package com.cartera.support.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.cartera.customer.CustomerTimelineSource;
import com.cartera.customer.TimelineEntry;
import com.cartera.support.TicketService;
import com.cartera.support.TicketSummary;
import org.springframework.stereotype.Component;

/** Tickets on the customer's timeline: opened and resolved. Only for those who may read tickets. */
@Component
class TicketTimeline implements CustomerTimelineSource {

    static final String KIND = "TICKET";

    private final TicketService tickets;

    TicketTimeline(TicketService tickets) {
        this.tickets = tickets;
    }

    @Override
    public List<TimelineEntry> latest(long customerId, int limit) {
        if (!tickets.canRead()) {
            return List.of();
        }
        var entries = new ArrayList<TimelineEntry>();
        for (TicketSummary ticket : tickets.ofCustomer(customerId, false, limit)) {
            entries.add(new TimelineEntry(ticket.openedAt(), KIND, "support.timeline.opened",
                    List.of(ticket.number(), ticket.subject()), null, null));
            if (ticket.resolvedAt() != null) {
                entries.add(new TimelineEntry(ticket.resolvedAt(), KIND, "support.timeline.resolved",
                        List.of(ticket.number(), ticket.subject()), null, null));
            }
        }
        return entries.stream().sorted(Comparator.comparing(TimelineEntry::at).reversed()).limit(limit).toList();
    }
}
