package com.cartera.sales;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SalesTargetRepository extends JpaRepository<SalesTarget, Long> {

    Optional<SalesTarget> findByMemberIdAndMonth(UUID memberId, LocalDate month);

    /** Months from {@code from} up to, not including, {@code to}. */
    List<SalesTarget> findByMonthGreaterThanEqualAndMonthLessThan(LocalDate from, LocalDate to);

    List<SalesTarget> findByMemberIdAndMonthGreaterThanEqualAndMonthLessThan(UUID memberId, LocalDate from,
                                                                             LocalDate to);
}
