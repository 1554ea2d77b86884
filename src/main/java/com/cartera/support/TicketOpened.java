package com.cartera.support;

import java.time.Instant;
import java.util.UUID;

/**
 * Published inside the transaction that opens a ticket; synchronous listeners (service levels, notifications)
 * write their rows in the same transaction.
 */
public record TicketOpened(UUID tenantId, long ticketId, long customerId, TicketPriority priority, UUID assigneeId,
                           Instant openedAt, UUID actorId) {
}
