package com.cartera.customer;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SavedViewRepository extends JpaRepository<SavedView, Long> {

    /** The person's own views and those others shared, by name. */
    @Query("select v from SavedView v where v.owner.userId = :userId or v.shared = true order by lower(v.name), v.id")
    List<SavedView> findAvailableTo(UUID userId);

    boolean existsByOwnerUserIdAndNameIgnoreCase(UUID ownerId, String name);

    boolean existsByOwnerUserIdAndNameIgnoreCaseAndIdNot(UUID ownerId, String name, Long id);
}
