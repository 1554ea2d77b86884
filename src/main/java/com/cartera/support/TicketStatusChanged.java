package com.cartera.support;

import java.time.Instant;
import java.util.UUID;

/**
 * Published inside the transaction that moves a ticket from one status to another (a reopen is RESOLVED to OPEN):
 * the service-level clock pauses and resumes on it, a resolution sends the satisfaction survey.
 *
 * @param actorId who moved it; null when a job did (closing resolved tickets after the reopen window)
 */
public record TicketStatusChanged(UUID tenantId, long ticketId, long customerId, TicketStatus from, TicketStatus to,
                                  Instant at, UUID actorId) {
}
