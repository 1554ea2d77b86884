package com.cartera.customer;

import java.util.Map;

import com.cartera.audit.AuditEntry;
import com.cartera.audit.AuditLog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what was done to the portfolio beyond a plain edit (merges, hand-overs, bulk changes, deletions,
 * tier overrides), in the same transaction as the change itself, with who did it. Plain edits are recorded
 * field by field by the audit module itself.
 */
@Component
public class AuditTrail {

    private final AuditLog auditLog;

    AuditTrail(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    /**
     * @param action     what was done, e.g. {@code MERGE}, {@code HANDOVER}
     * @param customerId the customer it concerns, or null for a change to many
     * @param details    what a reader of the trail needs to know, written as JSON
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, Long customerId, Map<String, ?> details) {
        auditLog.record(AuditEntry.of(action).entity("CUSTOMER", customerId).customer(customerId)
                .summary(details.get("name") instanceof String name ? name : null).details(details));
    }
}
