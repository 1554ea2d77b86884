package com.cartera.customer;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ContactPersonRepository extends JpaRepository<ContactPerson, Long> {

    List<ContactPerson> findByCompanyIdOrderByPrimaryDescNameAscIdAsc(Long companyId);

    /** Leaves {@code keep} as the company's only primary contact. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update ContactPerson c set c.primary = false, c.version = c.version + 1"
            + " where c.companyId = :companyId and c.primary = true and c.id <> :keep")
    void clearOtherPrimaries(Long companyId, Long keep);
}
