package com.cartera.support;

import java.time.Instant;
import java.util.UUID;

/**
 * Published once per ticket and target, inside the service-level job's transaction, when the running target enters
 * its warning share.
 *
 * @param assigneeId who has the ticket, or null when nobody does
 */
public record TicketSlaAtRisk(UUID tenantId, long ticketId, long customerId, UUID assigneeId, String subject,
                              SlaDeadline deadline, Instant due) {
}
