package com.cartera.sales;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ConversionRepository extends JpaRepository<Conversion, Long> {

    List<Conversion> findByCustomerIdOrderByConvertedAtAsc(long customerId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "update conversion set customer_id = :survivor where customer_id = :merged", nativeQuery = true)
    int moveToCustomer(long merged, long survivor);
}
