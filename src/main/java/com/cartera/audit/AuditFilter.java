package com.cartera.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * What the admin looks for in the trail; every part is optional (null).
 *
 * @param from       first instant included
 * @param to         first instant no longer included
 * @param actor      who acted
 * @param action     what was done, e.g. {@code UPDATED}
 * @param entityType the kind of record, e.g. {@code CUSTOMER}
 * @param customerId the customer concerned
 * @param text       words in the summary, the record's id or the values
 */
public record AuditFilter(Instant from, Instant to, UUID actor, String action, String entityType, Long customerId,
                          String text) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null, null);
}
