package com.cartera.customer;

import java.util.Map;

import com.cartera.security.CurrentUser;
import com.cartera.security.SignedInUser;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records what was done to the portfolio beyond a plain edit (merges, hand-overs, bulk changes, deletions,
 * tier overrides), in the same transaction as the change itself, with who did it.
 */
@Component
public class AuditTrail {

    private final EntityManager entityManager;
    private final JsonMapper json;
    private final CurrentUser currentUser;

    AuditTrail(EntityManager entityManager, JsonMapper json, CurrentUser currentUser) {
        this.entityManager = entityManager;
        this.json = json;
        this.currentUser = currentUser;
    }

    /**
     * @param action     what was done, e.g. {@code MERGE}, {@code HANDOVER}
     * @param customerId the customer it concerns, or null for a change to many
     * @param details    what a reader of the trail needs to know, written as JSON
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, Long customerId, Map<String, ?> details) {
        var actor = currentUser.get().map(SignedInUser::userId).orElse(null);
        // A native statement runs on the session's connection, which points at the workspace's schema.
        entityManager.createNativeQuery("insert into audit_event (actor_id, action, customer_id, details)"
                        + " values (cast(:actor as uuid), :action, cast(:customer as bigint), cast(:details as jsonb))")
                .setParameter("actor", actor)
                .setParameter("action", action)
                .setParameter("customer", customerId)
                .setParameter("details", json.writeValueAsString(details))
                .executeUpdate();
    }
}
