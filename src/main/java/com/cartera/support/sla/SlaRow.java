package com.cartera.support.sla;

import java.time.Duration;
import java.time.Instant;

import com.cartera.support.TicketPriority;

/** One row of {@code ticket_sla}: the clock of a ticket (see V33 for the columns' meaning). */
public record SlaRow(long ticketId, TicketPriority priority, Instant openedAt, long pausedSeconds, Instant pausedSince,
                     Instant stoppedAt, Instant firstResponseAt, Instant firstResponseDue, Instant firstResponseWarnAt,
                     Instant resolutionDue, Instant resolutionWarnAt, Instant firstResponseWarnedAt,
                     Instant firstResponseBreachedAt, Instant resolutionWarnedAt, Instant resolutionBreachedAt) {

    /** A new ticket's clock, running from its opening. */
    static SlaRow opened(long ticketId, TicketPriority priority, Instant openedAt, SlaRules.Dues dues) {
        return new SlaRow(ticketId, priority, openedAt, 0, null, null, null, null, null, null, null, null, null, null,
                null).withDues(dues);
    }

    Duration paused() {
        return Duration.ofSeconds(pausedSeconds);
    }

    SlaRow withDues(SlaRules.Dues dues) {
        return new SlaRow(ticketId, priority, openedAt, pausedSeconds, pausedSince, stoppedAt, firstResponseAt,
                dues.firstResponseDue(), dues.firstResponseWarnAt(), dues.resolutionDue(), dues.resolutionWarnAt(),
                firstResponseWarnedAt, firstResponseBreachedAt, resolutionWarnedAt, resolutionBreachedAt);
    }

    SlaRow withClock(TicketPriority priority, long pausedSeconds, Instant pausedSince, Instant stoppedAt) {
        return new SlaRow(ticketId, priority, openedAt, pausedSeconds, pausedSince, stoppedAt, firstResponseAt,
                firstResponseDue, firstResponseWarnAt, resolutionDue, resolutionWarnAt, firstResponseWarnedAt,
                firstResponseBreachedAt, resolutionWarnedAt, resolutionBreachedAt);
    }

    SlaRow withFirstResponseAt(Instant at) {
        return new SlaRow(ticketId, priority, openedAt, pausedSeconds, pausedSince, stoppedAt, at, firstResponseDue,
                firstResponseWarnAt, resolutionDue, resolutionWarnAt, firstResponseWarnedAt, firstResponseBreachedAt,
                resolutionWarnedAt, resolutionBreachedAt);
    }
}
