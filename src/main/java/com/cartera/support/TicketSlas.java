package com.cartera.support;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The service level of tickets now, for the ticket page, the queue and other modules. Support and admin, management
 * and sales may read it (it holds deadlines, no personal data); callers show it only beside tickets they may show.
 *
 * <p>For SQL in the support module (the queue's filters): {@code ticket_sla} (db/tenant/V33) has one row per ticket
 * ({@code ticket_sla.ticket_id = ticket.id}); {@code next_due} is the instant the running target falls due and
 * {@code at_risk_from} the instant its warning starts, both null while the clock is paused or stopped. "Breaching
 * soon or breached" is {@code at_risk_from <= now}; "breached while running" is {@code next_due <= now}.
 */
public interface TicketSlas {

    Optional<TicketSla> of(long ticketId);

    /** The service level of many tickets at once (a page of the queue) with a fixed number of queries. */
    Map<Long, TicketSla> of(Collection<Long> ticketIds);
}
