package com.cartera.support;

import java.time.Instant;
import java.util.UUID;

/** Published inside the transaction of the first reply the desk sends the customer on a ticket. */
public record TicketFirstResponse(UUID tenantId, long ticketId, Instant at, UUID actorId) {
}
