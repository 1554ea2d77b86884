package com.cartera.commerce;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PurchaseRepository extends JpaRepository<Purchase, Long> {

    /** One page of a customer's purchase ids, newest first. */
    @Query("select p.id from Purchase p where p.customerId = :customerId order by p.purchasedOn desc, p.id desc")
    List<Long> idsOf(@Param("customerId") long customerId, Pageable pageable);

    long countByCustomerId(long customerId);

    /** The purchases with their lines and products, in no particular order. */
    @Query("select distinct p from Purchase p left join fetch p.lines l left join fetch l.product where p.id in :ids")
    List<Purchase> findDetailed(@Param("ids") Collection<Long> ids);

    /** Moves every purchase of one customer to another; the purchase triggers recompute both customers' figures. */
    @Modifying(flushAutomatically = true)
    @Query("update Purchase p set p.customerId = :to, p.version = p.version + 1 where p.customerId = :from")
    int moveToCustomer(@Param("from") long from, @Param("to") long to);
}
