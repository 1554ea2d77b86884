package com.cartera.support;

import java.time.Instant;
import java.util.UUID;

/** A ticket in a few fields, for other modules and lists (the customer page, churn signals). */
public record TicketSummary(long id, long customerId, TicketType type, TicketStatus status, TicketPriority priority,
                           String subject, UUID assigneeId, Instant openedAt, Instant resolvedAt) {

    /** What people call the ticket: "#42". */
    public String number() {
        return "#" + id;
    }
}
