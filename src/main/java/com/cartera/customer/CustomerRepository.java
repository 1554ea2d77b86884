package com.cartera.customer;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CustomerRepository extends JpaRepository<Customer, Long>, JpaSpecificationExecutor<Customer> {

    /** With its owner loaded, so that a form can show the owner after the transaction has ended. */
    @EntityGraph(attributePaths = "owner")
    Optional<Customer> findWithOwnerById(Long id);
}
