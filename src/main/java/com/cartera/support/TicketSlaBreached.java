package com.cartera.support;

import java.time.Instant;
import java.util.UUID;

/**
 * Published once per ticket and target, inside the service-level job's transaction, when a running target falls due
 * unmet.
 *
 * @param assigneeId who has the ticket, or null when nobody does
 */
public record TicketSlaBreached(UUID tenantId, long ticketId, long customerId, UUID assigneeId, String subject,
                                SlaDeadline deadline, Instant due) {
}
