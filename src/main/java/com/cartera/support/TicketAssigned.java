package com.cartera.support;

import java.util.UUID;

/** Published inside the transaction that gives a ticket to a person (not when it is left unassigned). */
public record TicketAssigned(UUID tenantId, long ticketId, long customerId, String subject, UUID assigneeId,
                             UUID actorId) {
}
