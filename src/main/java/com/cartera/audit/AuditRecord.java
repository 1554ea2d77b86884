package com.cartera.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One entry of the trail as the admin reads it; {@code details} is the entry's JSON as stored. */
public record AuditRecord(long id, Instant occurredAt, UUID actorId, String action, String entityType, String entityId,
                          Long customerId, String summary, String details, List<FieldChange> changes) {
}
