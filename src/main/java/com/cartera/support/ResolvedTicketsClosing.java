package com.cartera.support;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes the workspace's RESOLVED tickets whose reopen window has passed, as nobody (actor null). Unsecured: the
 * nightly job calls it in each workspace's scope.
 */
@Component
class ResolvedTicketsClosing {

    private final TicketRepository tickets;
    private final TicketStatusMoves moves;
    private final SupportSettingsService settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ResolvedTicketsClosing(TicketRepository tickets, TicketStatusMoves moves, SupportSettingsService settings,
                           ApplicationEventPublisher events, Clock clock) {
        this.tickets = tickets;
        this.moves = moves;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** Returns how many tickets it closed. */
    @Transactional
    public int closeExpired() {
        Instant now = clock.instant();
        int window = settings.desk().reopenWindowDays();
        List<Long> due = tickets.resolvedBefore(now.minus(window, ChronoUnit.DAYS));
        for (Long id : due) {
            Ticket ticket = tickets.findById(id).orElseThrow();
            TicketStatusChanged closed = moves.move(ticket, TicketStatus.CLOSED, now, null);
            ticket.touch(now, null);
            tickets.saveAndFlush(ticket);
            events.publishEvent(closed);
        }
        return due.size();
    }
}
