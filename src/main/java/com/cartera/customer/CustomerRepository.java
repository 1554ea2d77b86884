package com.cartera.customer;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CustomerRepository extends JpaRepository<Customer, Long>, JpaSpecificationExecutor<Customer>,
        CustomerGridQueries {

    /** With its owner, referrer and tags loaded, so that a form can show them after the transaction has ended. */
    @EntityGraph(attributePaths = {"owner", "referredBy", "tags"})
    Optional<Customer> findDetailedById(Long id);

    /** With their owners loaded, for showing them side by side after the transaction has ended. */
    @EntityGraph(attributePaths = {"owner"})
    List<Customer> findWithOwnerByIdIn(Collection<Long> ids);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Customer c set c.deletedAt = :at, c.deletedBy = :by, c.version = c.version + 1 where c.id = :id")
    void markDeleted(Long id, UUID by, Instant at);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    /** Stamps the change like any edit, so that readers of change stamps (the analytics refresh) see it. */
    @Query("update Customer c set c.deletedAt = null, c.deletedBy = null, c.updatedAt = :at, c.version = c.version + 1"
            + " where c.id = :id")
    void markRestored(Long id, Instant at);
}
