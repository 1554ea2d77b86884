package com.cartera.support.sla;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.cartera.support.SlaDeadline;
import com.cartera.support.TicketSlaAtRisk;
import com.cartera.support.TicketSlaBreached;
import com.cartera.tenancy.TenantScope;
import com.cartera.tenancy.TenantSql;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks, in the workspace in scope, the running targets of open tickets that entered their warning or fell due since
 * the last run, each once, and publishes {@link TicketSlaAtRisk} / {@link TicketSlaBreached} in the same transaction
 * (notifications, colour alerts). A target found already due is marked warned too, without a warning of its own.
 * Reads only the clocks whose warning has started (an index on {@code at_risk_from}).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class SlaWatch {

    private record Candidate(long ticketId, long customerId, UUID assigneeId, String subject, Instant firstResponseAt,
                             Instant firstResponseDue, Instant firstResponseWarnAt, Instant firstResponseWarnedAt,
                             Instant firstResponseBreachedAt, Instant resolutionDue, Instant resolutionWarnAt,
                             Instant resolutionWarnedAt, Instant resolutionBreachedAt) {
    }

    private final TenantSql sql;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SlaWatch(TenantSql sql, ApplicationEventPublisher events, Clock clock) {
        this.sql = sql;
        this.events = events;
        this.clock = clock;
    }

    /** Returns how many warnings and breaches it announced. */
    int watch() {
        Instant now = clock.instant();
        List<Candidate> candidates = sql.client().sql("""
                        select s.ticket_id, t.customer_id, t.assignee_id, t.subject, s.first_response_at,
                               s.first_response_due, s.first_response_warn_at, s.first_response_warned_at,
                               s.first_response_breached_at, s.resolution_due, s.resolution_warn_at,
                               s.resolution_warned_at, s.resolution_breached_at
                        from ticket_sla s join ticket t on t.id = s.ticket_id
                        where s.at_risk_from <= :now and t.status in ('NEW', 'OPEN', 'PENDING')
                          and ((s.first_response_at is null and s.first_response_breached_at is null)
                               or s.resolution_breached_at is null)
                        order by s.ticket_id""")
                .param("now", Timestamp.from(now))
                .query(Candidate.class)
                .list();
        int announced = 0;
        for (Candidate ticket : candidates) {
            if (ticket.firstResponseAt() == null) {
                announced += mark(ticket, SlaDeadline.FIRST_RESPONSE, ticket.firstResponseDue(),
                        ticket.firstResponseWarnAt(), ticket.firstResponseWarnedAt(), ticket.firstResponseBreachedAt(),
                        now);
            }
            announced += mark(ticket, SlaDeadline.RESOLUTION, ticket.resolutionDue(), ticket.resolutionWarnAt(),
                    ticket.resolutionWarnedAt(), ticket.resolutionBreachedAt(), now);
        }
        return announced;
    }

    private int mark(Candidate ticket, SlaDeadline deadline, Instant due, Instant warnAt, Instant warnedAt,
                     Instant breachedAt, Instant now) {
        String column = deadline == SlaDeadline.FIRST_RESPONSE ? "first_response" : "resolution";
        if (breachedAt == null && !now.isBefore(due)) {
            sql.client().sql("update ticket_sla set " + column + "_breached_at = :now, " + column + "_warned_at = coalesce("
                            + column + "_warned_at, :now) where ticket_id = :id")
                    .param("now", Timestamp.from(now))
                    .param("id", ticket.ticketId())
                    .update();
            events.publishEvent(new TicketSlaBreached(TenantScope.require().id(), ticket.ticketId(),
                    ticket.customerId(), ticket.assigneeId(), ticket.subject(), deadline, due));
            return 1;
        }
        if (breachedAt == null && warnedAt == null && !now.isBefore(warnAt)) {
            sql.client().sql("update ticket_sla set " + column + "_warned_at = :now where ticket_id = :id")
                    .param("now", Timestamp.from(now))
                    .param("id", ticket.ticketId())
                    .update();
            events.publishEvent(new TicketSlaAtRisk(TenantScope.require().id(), ticket.ticketId(), ticket.customerId(),
                    ticket.assigneeId(), ticket.subject(), deadline, due));
            return 1;
        }
        return 0;
    }
}
