package com.cartera.customer;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface LifecycleChangeRepository extends JpaRepository<LifecycleChange, Long> {

    List<LifecycleChange> findByCustomerIdOrderByChangedAtAscIdAsc(Long customerId);
}
