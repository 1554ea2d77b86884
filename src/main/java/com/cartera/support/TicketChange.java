package com.cartera.support;

import java.time.Instant;
import java.util.UUID;

/**
 * One changed field of a ticket, with who and when.
 *
 * @param field     {@code CREATED} for the opening, else a {@link TicketHistory.Field} name
 * @param changedBy null when a job did it or the public web form opened it
 * @param oldValue  as stored: enum names, ids of categories, teams, products and contacts, member ids, text cut
 *                  at 200 characters
 */
public record TicketChange(long id, long ticketId, Instant changedAt, UUID changedBy, String field, String oldValue,
                           String newValue) {
}
