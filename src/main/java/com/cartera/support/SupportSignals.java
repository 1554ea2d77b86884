package com.cartera.support;

import jakarta.annotation.security.PermitAll;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Support figures other modules read about a customer (churn risk, the customer page). Counts only, so anyone in
 * the workspace and jobs without a signed-in person may ask; it reads the workspace in scope.
 */
@Service
@Transactional(readOnly = true)
@PermitAll
public class SupportSignals {

    private final TicketRepository tickets;

    SupportSignals(TicketRepository tickets) {
        this.tickets = tickets;
    }

    /** How many incidents of the customer are open (NEW, OPEN or PENDING). */
    public long openIncidents(long customerId) {
        return tickets.countOpenIncidents(customerId);
    }
}
