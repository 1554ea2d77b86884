package com.cartera.support.sla;

import java.time.Duration;
import java.time.Instant;

import com.cartera.support.SlaState;
import com.cartera.support.TicketSla;
import com.cartera.support.TicketStatus;

/**
 * The service-level clock of one ticket, pure. Each target falls due when the business time since the opening,
 * less the business time spent paused, reaches it: so a pause of two business hours moves both dues by two business
 * hours. PENDING pauses; RESOLVED and CLOSED stop; a reopening continues from where the clock stopped (the stopped
 * time counts as paused). Resolving also ends the first-response target when no reply was sent.
 */
public final class SlaRules {

    /** The dues of a ticket and the instants their warnings start. */
    public record Dues(Instant firstResponseDue, Instant firstResponseWarnAt, Instant resolutionDue,
                       Instant resolutionWarnAt) {
    }

    private SlaRules() {
    }

    public static Dues dues(BusinessClock clock, SlaTarget target, Instant openedAt, Duration paused) {
        Duration firstResponse = target.firstResponse().plus(paused);
        Duration resolution = target.resolution().plus(paused);
        return new Dues(clock.plus(openedAt, firstResponse),
                clock.plus(openedAt, firstResponse.minus(target.warning(target.firstResponse()))),
                clock.plus(openedAt, resolution),
                clock.plus(openedAt, resolution.minus(target.warning(target.resolution()))));
    }

    /** The clock after the ticket moved to {@code to} at {@code at}, its dues recomputed. */
    public static SlaRow statusChanged(SlaRow row, TicketStatus to, Instant at, BusinessClock clock, SlaTarget target) {
        long paused = row.pausedSeconds();
        Instant pausedSince = row.pausedSince();
        Instant stoppedAt = row.stoppedAt();
        if (pausedSince != null && to != TicketStatus.PENDING) {
            paused += clock.between(pausedSince, at).toSeconds();
            pausedSince = null;
        }
        if (stoppedAt != null && to.isOpen()) {
            paused += clock.between(stoppedAt, at).toSeconds();
            stoppedAt = null;
        }
        if (to == TicketStatus.PENDING && pausedSince == null) {
            pausedSince = at;
        } else if (!to.isOpen() && stoppedAt == null) {
            stoppedAt = at;
        }
        return recomputed(row.withClock(row.priority(), paused, pausedSince, stoppedAt), clock, target);
    }

    /** The same clock with the dues of {@code target} (a new priority, or changed settings) from the opening. */
    public static SlaRow recomputed(SlaRow row, BusinessClock clock, SlaTarget target) {
        return row.withClock(target.priority(), row.pausedSeconds(), row.pausedSince(), row.stoppedAt())
                .withDues(dues(clock, target, row.openedAt(), row.paused()));
    }

    /** Where the ticket stands at {@code now}. */
    public static TicketSla evaluate(SlaRow row, SlaTarget target, BusinessClock clock, Instant now) {
        Instant clockTime = row.pausedSince() != null ? row.pausedSince() : now;
        Instant firstResponseDone = row.firstResponseAt() != null ? row.firstResponseAt() : row.stoppedAt();
        var firstResponse = deadline(target.firstResponseMinutes(), row.firstResponseDue(), firstResponseDone,
                clockTime, clock);
        var resolution = deadline(target.resolutionMinutes(), row.resolutionDue(), row.stoppedAt(), clockTime, clock);
        boolean paused = row.pausedSince() != null && row.stoppedAt() == null;
        SlaState state;
        if (firstResponse.breached() || resolution.breached()) {
            state = SlaState.BREACHED;
        } else if (row.stoppedAt() != null) {
            state = SlaState.MET;
        } else if (paused) {
            state = SlaState.PAUSED;
        } else {
            var running = firstResponse.done() ? resolution : firstResponse;
            Duration warning = target.warning(Duration.ofMinutes(running.targetMinutes()));
            Duration left = firstResponse.done() ? clock.between(now, row.resolutionDue())
                    : clock.between(now, row.firstResponseDue());
            state = left.compareTo(warning) <= 0 ? SlaState.AT_RISK : SlaState.ON_TRACK;
        }
        return new TicketSla(row.ticketId(), row.priority(), state, paused, firstResponse, resolution);
    }

    private static TicketSla.Deadline deadline(long targetMinutes, Instant due, Instant doneAt, Instant clockTime,
                                               BusinessClock clock) {
        if (doneAt != null) {
            return new TicketSla.Deadline(targetMinutes, due, doneAt, doneAt.isAfter(due), null);
        }
        long left = clockTime.isAfter(due) ? -clock.between(due, clockTime).toMinutes()
                : clock.between(clockTime, due).toMinutes();
        return new TicketSla.Deadline(targetMinutes, due, null, clockTime.isAfter(due), left);
    }
}
