package com.cartera.support;

import java.time.Instant;
import java.util.UUID;

/** Published inside the transaction that changes a ticket's priority: its service-level targets change with it. */
public record TicketPriorityChanged(UUID tenantId, long ticketId, TicketPriority from, TicketPriority to, Instant at,
                                    UUID actorId) {
}
