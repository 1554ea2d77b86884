package com.cartera.customer;

import java.util.Collection;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the workspace's table of candidate duplicate pairs up to date: whenever customers are created,
 * edited, restored or merged, their pairs are found afresh by indexed lookups in the database.
 */
@Component
class DuplicatePairs {

    private final EntityManager entityManager;

    DuplicatePairs(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Finds the candidate pairs of these customers again, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    void refresh(Collection<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return;
        }
        // The database function reads the customers' stored values.
        entityManager.flush();
        entityManager.createNativeQuery(
                        "select cast(refresh_duplicate_pairs(cast(string_to_array(:ids, ',') as bigint[])) as text)")
                .setParameter("ids", customerIds.stream().map(String::valueOf).collect(Collectors.joining(",")))
                .getSingleResult();
    }

    /** Forgets every pair of a customer that no longer exists on its own (merged into another). */
    @Transactional(propagation = Propagation.MANDATORY)
    void forget(long customerId) {
        entityManager.createNativeQuery("delete from duplicate_pair where customer_id = :id or other_customer_id = :id")
                .setParameter("id", customerId)
                .executeUpdate();
    }

    /** Drops the pair a person said is not a duplicate; the candidate lookups skip dismissed pairs from now on. */
    @Transactional(propagation = Propagation.MANDATORY)
    void forget(long customerId, long otherCustomerId) {
        entityManager.createNativeQuery("delete from duplicate_pair where customer_id = :first and other_customer_id = :second")
                .setParameter("first", Math.min(customerId, otherCustomerId))
                .setParameter("second", Math.max(customerId, otherCustomerId))
                .executeUpdate();
    }
}
