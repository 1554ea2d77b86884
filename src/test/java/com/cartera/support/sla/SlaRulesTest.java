package com.cartera.support.sla;

import static com.cartera.support.sla.BusinessClockTest.madrid;
import static com.cartera.support.sla.BusinessClockTest.office;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import com.cartera.support.SlaState;
import com.cartera.support.TicketPriority;
import com.cartera.support.TicketSla;
import com.cartera.support.TicketStatus;
import org.junit.jupiter.api.Test;

/**
 * A ticket's clock by hand, Madrid office hours Monday to Friday 09:00–18:00: opened Monday 2026-03-09 09:00 with
 * targets of 2 h to the first response and 8 h to the resolution, warning at 25 % left (30 min and 2 h).
 */
class SlaRulesTest {

    static final SlaTarget TARGET = new SlaTarget(TicketPriority.NORMAL, 120, 480, 25, 0);
    static final BusinessClock CLOCK = office();
    static final Instant OPENED = madrid("2026-03-09T09:00");

    static SlaRow opened() {
        return SlaRow.opened(1, TicketPriority.NORMAL, OPENED, SlaRules.dues(CLOCK, TARGET, OPENED, Duration.ZERO));
    }

    static SlaRow moved(SlaRow row, TicketStatus to, String at) {
        return SlaRules.statusChanged(row, to, madrid(at), CLOCK, TARGET);
    }

    static TicketSla at(SlaRow row, String now) {
        return SlaRules.evaluate(row, TARGET, CLOCK, madrid(now));
    }

    @Test
    void anOpenedTicketIsDueInBusinessTimeWithItsWarningsAtAQuarterLeft() {
        SlaRow row = opened();

        assertThat(row.firstResponseDue()).isEqualTo(madrid("2026-03-09T11:00"));
        assertThat(row.firstResponseWarnAt()).isEqualTo(madrid("2026-03-09T10:30"));
        assertThat(row.resolutionDue()).isEqualTo(madrid("2026-03-09T17:00"));
        assertThat(row.resolutionWarnAt()).isEqualTo(madrid("2026-03-09T15:00"));
        assertThat(at(row, "2026-03-09T10:25").state()).isEqualTo(SlaState.ON_TRACK);
        assertThat(at(row, "2026-03-09T10:25").minutesLeft()).isEqualTo(35);
        assertThat(at(row, "2026-03-09T10:35").state()).isEqualTo(SlaState.AT_RISK);
        TicketSla late = at(row, "2026-03-09T11:01");
        assertThat(late.state()).isEqualTo(SlaState.BREACHED);
        assertThat(late.firstResponse().breached()).isTrue();
        assertThat(late.minutesLeft()).isEqualTo(-1);
    }

    @Test
    void twoBusinessHoursPendingMoveBothDuesByTwoBusinessHours() {
        SlaRow pending = moved(opened(), TicketStatus.PENDING, "2026-03-09T10:00");

        TicketSla paused = at(pending, "2026-03-09T15:00");
        assertThat(paused.state()).isEqualTo(SlaState.PAUSED);
        assertThat(paused.paused()).isTrue();
        assertThat(paused.minutesLeft()).as("frozen at the pause").isEqualTo(60);

        SlaRow resumed = moved(pending, TicketStatus.OPEN, "2026-03-09T12:00");
        assertThat(resumed.pausedSeconds()).isEqualTo(Duration.ofHours(2).toSeconds());
        assertThat(resumed.pausedSince()).isNull();
        assertThat(resumed.firstResponseDue()).isEqualTo(madrid("2026-03-09T13:00"));
        // 17:00 + 2 h: one hour on Monday, one on Tuesday.
        assertThat(resumed.resolutionDue()).isEqualTo(madrid("2026-03-10T10:00"));
        assertThat(at(resumed, "2026-03-09T12:00").minutesLeft()).isEqualTo(60);
    }

    @Test
    void aPauseOverTheNightCountsOnlyItsBusinessHours() {
        SlaRow resumed = moved(moved(opened(), TicketStatus.PENDING, "2026-03-09T17:00"), TicketStatus.OPEN,
                "2026-03-10T10:00");

        assertThat(resumed.pausedSeconds()).isEqualTo(Duration.ofHours(2).toSeconds());
    }

    @Test
    void aReopenedTicketContinuesItsResolutionClockFromWhereItStoppedAndKeepsItsFirstResponseMet() {
        SlaRow answered = opened().withFirstResponseAt(madrid("2026-03-09T09:30"));
        SlaRow resolved = moved(answered, TicketStatus.RESOLVED, "2026-03-09T15:00");

        TicketSla met = at(resolved, "2026-03-10T09:30");
        assertThat(met.state()).isEqualTo(SlaState.MET);
        assertThat(met.minutesLeft()).isNull();
        assertThat(resolved.stoppedAt()).isEqualTo(madrid("2026-03-09T15:00"));

        SlaRow reopened = moved(resolved, TicketStatus.OPEN, "2026-03-10T10:00");
        // Stopped 15:00–18:00 Monday and 09:00–10:00 Tuesday: 4 business hours; 2 h were left at the resolution.
        assertThat(reopened.stoppedAt()).isNull();
        assertThat(reopened.resolutionDue()).isEqualTo(madrid("2026-03-10T12:00"));
        TicketSla running = at(reopened, "2026-03-10T10:00");
        assertThat(running.minutesLeft()).isEqualTo(120);
        assertThat(running.state()).isEqualTo(SlaState.AT_RISK);
        assertThat(running.firstResponse().breached()).isFalse();
        assertThat(running.firstResponse().done()).isTrue();
    }

    @Test
    void resolvedLateStaysBreachedAndClosingChangesNothing() {
        SlaRow resolved = moved(opened().withFirstResponseAt(madrid("2026-03-09T09:30")), TicketStatus.RESOLVED,
                "2026-03-10T09:30");
        SlaRow closed = moved(resolved, TicketStatus.CLOSED, "2026-03-12T09:00");

        assertThat(closed.stoppedAt()).isEqualTo(madrid("2026-03-10T09:30"));
        assertThat(at(closed, "2026-03-13T09:00").state()).isEqualTo(SlaState.BREACHED);
        assertThat(at(closed, "2026-03-13T09:00").resolution().breached()).isTrue();
    }

    @Test
    void aNewPriorityTakesItsTargetsFromTheOpeningWithThePausesSoFar() {
        SlaRow resumed = moved(moved(opened(), TicketStatus.PENDING, "2026-03-09T10:00"), TicketStatus.OPEN,
                "2026-03-09T11:00");
        var urgent = new SlaTarget(TicketPriority.URGENT, 60, 240, 25, 0);

        SlaRow raised = SlaRules.recomputed(resumed, CLOCK, urgent);

        assertThat(raised.priority()).isEqualTo(TicketPriority.URGENT);
        assertThat(raised.firstResponseDue()).isEqualTo(madrid("2026-03-09T11:00"));
        assertThat(raised.resolutionDue()).isEqualTo(madrid("2026-03-09T14:00"));
    }
}
