package com.cartera.activity;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InteractionRepository extends JpaRepository<Interaction, Long> {

    @Query("select i from Interaction i where i.customerId = :customerId order by i.occurredAt desc, i.id desc")
    List<Interaction> latestOf(@Param("customerId") long customerId, Pageable pageable);

    long countByCustomerId(long customerId);

    /** The latest interaction of each of the customers that has any. */
    @Query(value = """
            select distinct on (customer_id) * from interaction
            where customer_id = any(cast(:ids as bigint[]))
            order by customer_id, occurred_at desc, id desc""", nativeQuery = true)
    List<Interaction> latestOfEach(@Param("ids") Long[] customerIds);

    @Modifying(flushAutomatically = true)
    @Query("update Interaction i set i.customerId = :to, i.version = i.version + 1 where i.customerId = :from")
    int moveToCustomer(@Param("from") long from, @Param("to") long to);
}
