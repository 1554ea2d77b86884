package com.cartera.support;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TicketRepository extends JpaRepository<Ticket, Long> {

    @Query("select t.id from Ticket t where t.status = com.cartera.support.TicketStatus.RESOLVED"
            + " and t.resolvedAt <= :resolvedBefore order by t.id")
    List<Long> resolvedBefore(Instant resolvedBefore);

    @Query("""
            select new com.cartera.support.TicketSummary(t.id, t.customerId, t.type, t.status, t.priority, t.subject,
                t.assigneeId, t.openedAt, t.resolvedAt)
            from Ticket t
            where t.customerId = :customerId and (:openOnly = false or t.status in (com.cartera.support.TicketStatus.NEW,
                com.cartera.support.TicketStatus.OPEN, com.cartera.support.TicketStatus.PENDING))
            order by t.openedAt desc, t.id desc""")
    List<TicketSummary> summariesOf(long customerId, boolean openOnly, Pageable page);

    @Query("""
            select count(t) from Ticket t
            where t.customerId = :customerId and t.type = com.cartera.support.TicketType.INCIDENT
              and t.status in (com.cartera.support.TicketStatus.NEW, com.cartera.support.TicketStatus.OPEN,
                com.cartera.support.TicketStatus.PENDING)""")
    long countOpenIncidents(long customerId);
}
