package com.cartera.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The status rules with a fixed clock. */
class TicketWorkflowTest {

    private static final Instant RESOLVED = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void eachStatusOffersItsNextSteps() {
        Instant now = Clock.fixed(RESOLVED, ZoneOffset.UTC).instant();
        assertThat(TicketWorkflow.nextSteps(TicketStatus.NEW, null, 7, now, false))
                .containsExactly(TicketStatus.OPEN, TicketStatus.PENDING, TicketStatus.RESOLVED);
        assertThat(TicketWorkflow.nextSteps(TicketStatus.OPEN, null, 7, now, false))
                .containsExactly(TicketStatus.PENDING, TicketStatus.RESOLVED);
        assertThat(TicketWorkflow.nextSteps(TicketStatus.PENDING, null, 7, now, true))
                .containsExactly(TicketStatus.OPEN, TicketStatus.RESOLVED, TicketStatus.CLOSED);
        assertThat(TicketWorkflow.nextSteps(TicketStatus.CLOSED, null, 7, now, true)).isEmpty();
    }

    @Test
    void aResolvedTicketReopensUntilTheWindowEnds() {
        Clock insideWindow = Clock.fixed(RESOLVED.plus(Duration.ofDays(7)).minusSeconds(1), ZoneOffset.UTC);
        Clock windowOver = Clock.fixed(RESOLVED.plus(Duration.ofDays(7)), ZoneOffset.UTC);

        assertThat(TicketWorkflow.nextSteps(TicketStatus.RESOLVED, RESOLVED, 7, insideWindow.instant(), false))
                .containsExactly(TicketStatus.OPEN, TicketStatus.CLOSED);
        assertThat(TicketWorkflow.nextSteps(TicketStatus.RESOLVED, RESOLVED, 7, windowOver.instant(), false))
                .containsExactly(TicketStatus.CLOSED);
        assertThat(TicketWorkflow.refusal(TicketStatus.RESOLVED, TicketStatus.OPEN, RESOLVED, 7, windowOver.instant(),
                true)).isEqualTo("support.ticket.error.reopen-window");
        assertThat(TicketWorkflow.withinReopenWindow(RESOLVED, 0, RESOLVED)).isFalse();
    }

    @Test
    void refusalsSayWhy() {
        assertThat(TicketWorkflow.refusal(TicketStatus.OPEN, TicketStatus.CLOSED, null, 7, RESOLVED, false))
                .isEqualTo("support.ticket.error.close-admin");
        assertThat(TicketWorkflow.refusal(TicketStatus.OPEN, TicketStatus.CLOSED, null, 7, RESOLVED, true)).isNull();
        assertThat(TicketWorkflow.refusal(TicketStatus.OPEN, TicketStatus.NEW, null, 7, RESOLVED, true))
                .isEqualTo("support.ticket.error.transition");
    }
}
