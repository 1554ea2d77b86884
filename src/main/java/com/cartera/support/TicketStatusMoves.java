package com.cartera.support;

import java.time.Instant;
import java.util.UUID;

import com.cartera.support.TicketHistory.Field;
import com.cartera.tenancy.TenantScope;
import org.springframework.stereotype.Component;

/**
 * Moves a ticket to a status the caller has checked is allowed: writes the history row, keeps the resolution and
 * closing times and the reopen count, and returns the event for the caller to publish once the ticket is flushed.
 * Unsecured: the ticket service and the closing job call it.
 */
@Component
class TicketStatusMoves {

    private final TicketHistory history;

    TicketStatusMoves(TicketHistory history) {
        this.history = history;
    }

    TicketStatusChanged move(Ticket ticket, TicketStatus to, Instant now, UUID actor) {
        TicketStatus from = ticket.getStatus();
        history.record(ticket.getId(), now, actor, Field.STATUS, from, to);
        if (from == TicketStatus.RESOLVED && to == TicketStatus.OPEN) {
            ticket.countReopen();
            ticket.setResolvedAt(null);
        }
        if (to == TicketStatus.RESOLVED) {
            ticket.setResolvedAt(now);
        }
        if (to == TicketStatus.CLOSED) {
            ticket.setClosedAt(now);
        }
        ticket.setStatus(to);
        return new TicketStatusChanged(TenantScope.require().id(), ticket.getId(), ticket.getCustomerId(), from, to, now,
                actor);
    }
}
