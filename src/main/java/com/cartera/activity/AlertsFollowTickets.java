package com.cartera.activity;

import java.util.Set;

import com.cartera.support.TicketSlaAtRisk;
import com.cartera.support.TicketSlaBreached;
import com.cartera.support.TicketStatusChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A ticket at risk of missing its service level makes its customer red, and solving or pausing it may lift that:
 * the customer's colour is recomputed in the transaction that changed the ticket or marked its service level.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class AlertsFollowTickets {

    private final FollowUpAlerts alerts;

    AlertsFollowTickets(FollowUpAlerts alerts) {
        this.alerts = alerts;
    }

    @EventListener
    void on(TicketSlaAtRisk event) {
        alerts.recompute(Set.of(event.customerId()));
    }

    @EventListener
    void on(TicketSlaBreached event) {
        alerts.recompute(Set.of(event.customerId()));
    }

    @EventListener
    void on(TicketStatusChanged event) {
        alerts.recompute(Set.of(event.customerId()));
    }
}
