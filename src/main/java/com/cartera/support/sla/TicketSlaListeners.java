package com.cartera.support.sla;

import java.time.Duration;

import com.cartera.support.TicketFirstResponse;
import com.cartera.support.TicketOpened;
import com.cartera.support.TicketPriorityChanged;
import com.cartera.support.TicketStatusChanged;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each ticket's clock ({@code ticket_sla}) in step with the ticket, inside the transaction that changed it.
 * First among the listeners, so that those reading service levels after the same event (the colour alerts) read
 * the clock as changed. A ticket without a clock (none was opened through the service) is left alone.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
@Order(0)
class TicketSlaListeners {

    private final TicketSlaStore clocks;
    private final SlaSettingsStore settings;

    TicketSlaListeners(TicketSlaStore clocks, SlaSettingsStore settings) {
        this.clocks = clocks;
        this.settings = settings;
    }

    @EventListener
    @Order(0)
    void on(TicketOpened event) {
        var target = settings.targets().get(event.priority());
        var dues = SlaRules.dues(settings.businessClock(), target, event.openedAt(), Duration.ZERO);
        clocks.insert(SlaRow.opened(event.ticketId(), event.priority(), event.openedAt(), dues));
    }

    @EventListener
    @Order(0)
    void on(TicketStatusChanged event) {
        clocks.find(event.ticketId()).ifPresent(row -> clocks.update(SlaRules.statusChanged(row, event.to(),
                event.at(), settings.businessClock(), settings.targets().get(row.priority()))));
    }

    @EventListener
    @Order(0)
    void on(TicketPriorityChanged event) {
        clocks.find(event.ticketId()).ifPresent(row -> clocks.update(SlaRules.recomputed(row,
                settings.businessClock(), settings.targets().get(event.to()))));
    }

    @EventListener
    @Order(0)
    void on(TicketFirstResponse event) {
        clocks.find(event.ticketId())
                .filter(row -> row.firstResponseAt() == null)
                .ifPresent(row -> clocks.update(row.withFirstResponseAt(event.at())));
    }
}
