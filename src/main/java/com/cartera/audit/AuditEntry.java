package com.cartera.audit;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One entry for the audit trail, built with {@link #of} and the {@code with}-style methods, e.g.
 * {@code AuditEntry.of("EXPORT").entity("CUSTOMER", null).details(Map.of("rows", 12))}.
 *
 * @param action     what was done, e.g. {@code UPDATED}, {@code MERGE}, {@code EXPORT} (at most 40 characters)
 * @param entityType the kind of record it concerns, e.g. {@code CUSTOMER}, or null
 * @param entityId   that record's id, or null for a change to many
 * @param customerId the customer it concerns, or null
 * @param summary    a line a reader recognises the record by (cut to 500 characters), or null
 * @param details    what else a reader needs to know, written as JSON
 * @param changes    each field's old and new value
 * @param actor      who did it; null for the signed-in user (or nobody, for work without one)
 */
public record AuditEntry(String action, String entityType, String entityId, Long customerId, String summary,
                         Map<String, ?> details, List<FieldChange> changes, UUID actor) {

    public AuditEntry {
        if (action == null || action.isBlank() || action.length() > 40) {
            throw new IllegalArgumentException("An audit action has 1 to 40 characters: " + action);
        }
        details = details == null ? Map.of() : details;
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    public static AuditEntry of(String action) {
        return new AuditEntry(action, null, null, null, null, Map.of(), List.of(), null);
    }

    public AuditEntry entity(String type, Object id) {
        return new AuditEntry(action, type, id == null ? null : id.toString(), customerId, summary, details, changes,
                actor);
    }

    public AuditEntry customer(Long id) {
        return new AuditEntry(action, entityType, entityId, id, summary, details, changes, actor);
    }

    public AuditEntry summary(String text) {
        return new AuditEntry(action, entityType, entityId, customerId, text, details, changes, actor);
    }

    public AuditEntry details(Map<String, ?> values) {
        return new AuditEntry(action, entityType, entityId, customerId, summary, values, changes, actor);
    }

    public AuditEntry changes(List<FieldChange> fieldChanges) {
        return new AuditEntry(action, entityType, entityId, customerId, summary, details, fieldChanges, actor);
    }

    public AuditEntry by(UUID who) {
        return new AuditEntry(action, entityType, entityId, customerId, summary, details, changes, who);
    }
}
