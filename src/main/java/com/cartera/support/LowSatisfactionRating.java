package com.cartera.support;

import java.time.Instant;
import java.util.UUID;

/**
 * Published inside the transaction that records a rating of 1 or 2 (by the customer through the survey link, or by
 * an agent who took it by phone): the customer's owner should call them. Synchronous listeners write in the same
 * transaction.
 *
 * @param comment what the customer wrote, or null
 */
public record LowSatisfactionRating(UUID tenantId, long customerId, long ticketId, int rating, String comment,
                                    Instant at) {
}
