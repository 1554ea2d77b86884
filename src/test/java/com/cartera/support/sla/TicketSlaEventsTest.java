package com.cartera.support.sla;

import static com.cartera.support.sla.BusinessClockTest.madrid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.security.FieldRejectedException;
import com.cartera.support.SlaState;
import com.cartera.support.TicketFirstResponse;
import com.cartera.support.TicketPriority;
import com.cartera.support.TicketPriorityChanged;
import com.cartera.support.TicketSlas;
import com.cartera.support.TicketStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Each ticket's clock kept by the ticket's events in its workspace: NORMAL tickets (8 h / 40 h by default) opened on
 * Friday 2026-03-06 at 17:00 in Madrid, office hours Monday to Friday 09:00–18:00.
 */
@CarteraIntegrationTest
class TicketSlaEventsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    SlaSettingsService settingsService;
    @Autowired
    TicketSlas slas;

    private SlaFixtures desk;

    @BeforeEach
    void aDeskInMadrid() {
        desk = new SlaFixtures(context, "Reloj");
    }

    @Test
    void anOpenedTicketGetsItsDuesInBusinessHours() {
        long ticket = desk.opened(TicketPriority.NORMAL, madrid("2026-03-06T17:00"), null, "No enciende");

        SlaRow clock = desk.clock(ticket);
        // 1 h on Friday, 7 h on Monday.
        assertThat(clock.firstResponseDue()).isEqualTo(madrid("2026-03-09T16:00"));
        // 1 h on Friday, 36 h Monday to Thursday, 3 h on Friday.
        assertThat(clock.resolutionDue()).isEqualTo(madrid("2026-03-13T12:00"));
        assertThat(desk.sla(ticket, madrid("2026-03-09T09:00")).minutesLeft()).isEqualTo(7 * 60);
    }

    @Test
    void pendingPausesAndLeavingPendingMovesTheDuesByThePausedBusinessTime() {
        long ticket = desk.opened(TicketPriority.NORMAL, madrid("2026-03-06T17:00"), null, "Pendiente");
        desk.move(ticket, TicketStatus.NEW, TicketStatus.OPEN, madrid("2026-03-09T09:30"));
        desk.move(ticket, TicketStatus.OPEN, TicketStatus.PENDING, madrid("2026-03-09T10:00"));

        assertThat(desk.sla(ticket, madrid("2026-03-09T11:30")).state()).isEqualTo(SlaState.PAUSED);
        assertThat(desk.inWorkspace(() -> context.getBean(TicketSlaStore.class).find(ticket).orElseThrow()).pausedSince())
                .isEqualTo(madrid("2026-03-09T10:00"));

        desk.move(ticket, TicketStatus.PENDING, TicketStatus.OPEN, madrid("2026-03-09T12:00"));

        SlaRow clock = desk.clock(ticket);
        assertThat(clock.pausedSeconds()).isEqualTo(2 * 3600);
        assertThat(clock.firstResponseDue()).isEqualTo(madrid("2026-03-09T18:00"));
        assertThat(clock.resolutionDue()).isEqualTo(madrid("2026-03-13T14:00"));
        assertThat(desk.sla(ticket, madrid("2026-03-09T12:00")).state()).isEqualTo(SlaState.ON_TRACK);
    }

    @Test
    void aReopenedTicketContinuesWhereItStoppedWithItsFirstResponseMet() {
        long ticket = desk.opened(TicketPriority.NORMAL, madrid("2026-03-06T17:00"), null, "Reabierto");
        desk.publish(new TicketFirstResponse(desk.tenant.id(), ticket, madrid("2026-03-09T10:00"), desk.admin.userId()));
        desk.move(ticket, TicketStatus.NEW, TicketStatus.RESOLVED, madrid("2026-03-10T12:00"));

        assertThat(desk.sla(ticket, madrid("2026-03-11T09:00")).state()).isEqualTo(SlaState.MET);

        // Stopped from Tuesday 12:00 to Wednesday 12:00: 9 business hours.
        desk.move(ticket, TicketStatus.RESOLVED, TicketStatus.OPEN, madrid("2026-03-11T12:00"));

        var reopened = desk.sla(ticket, madrid("2026-03-11T12:00"));
        assertThat(reopened.state()).isEqualTo(SlaState.ON_TRACK);
        assertThat(reopened.firstResponse().done()).isTrue();
        assertThat(reopened.firstResponse().breached()).isFalse();
        // 40 h - (1 + 9 + 3) h spent = 27 h left, as at the resolution.
        assertThat(reopened.minutesLeft()).isEqualTo(27 * 60);
        assertThat(desk.clock(ticket).resolutionDue()).isEqualTo(madrid("2026-03-16T12:00"));
    }

    @Test
    void aNewPriorityRecomputesTheDuesFromTheOpeningWithThePausesSoFar() {
        long ticket = desk.opened(TicketPriority.NORMAL, madrid("2026-03-06T17:00"), null, "Sube");
        desk.move(ticket, TicketStatus.NEW, TicketStatus.PENDING, madrid("2026-03-09T09:00"));
        desk.move(ticket, TicketStatus.PENDING, TicketStatus.OPEN, madrid("2026-03-09T10:00"));
        desk.publish(new TicketPriorityChanged(desk.tenant.id(), ticket, TicketPriority.NORMAL, TicketPriority.URGENT,
                madrid("2026-03-09T10:00"), desk.admin.userId()));

        SlaRow clock = desk.clock(ticket);
        assertThat(clock.priority()).isEqualTo(TicketPriority.URGENT);
        // URGENT: 1 h and 8 h; 1 h paused. First response: Friday 17:00–18:00 and the paused hour.
        assertThat(clock.firstResponseDue()).isEqualTo(madrid("2026-03-09T10:00"));
        assertThat(clock.resolutionDue()).isEqualTo(madrid("2026-03-09T17:00"));
        assertThat(desk.sla(ticket, madrid("2026-03-09T10:01")).state()).isEqualTo(SlaState.BREACHED);
    }

    @Test
    void aHolidayOfOneWorkspaceMovesItsDuesOnlyAndSavingMovesOpenTickets() {
        var other = new SlaFixtures(context, "Otro reloj");
        long before = desk.opened(TicketPriority.NORMAL, madrid("2026-03-06T17:00"), null, "Antes del festivo");

        TestData.as(desk.admin, () -> {
            var current = settingsService.settings();
            var holidays = new ArrayList<>(current.holidays());
            holidays.add(new Holiday(LocalDate.parse("2026-03-09"), "Fiesta local"));
            return settingsService.save(new SlaSettings(current.hours(), holidays, current.targets()));
        });
        long mine = desk.opened(TicketPriority.NORMAL, madrid("2026-03-06T17:00"), null, "Festivo");
        long theirs = other.opened(TicketPriority.NORMAL, madrid("2026-03-06T17:00"), null, "Sin festivo");

        assertThat(desk.clock(mine).firstResponseDue()).isEqualTo(madrid("2026-03-10T16:00"));
        assertThat(desk.clock(before).firstResponseDue()).as("moved by the save").isEqualTo(madrid("2026-03-10T16:00"));
        assertThat(other.clock(theirs).firstResponseDue()).isEqualTo(madrid("2026-03-09T16:00"));
        assertThat(TestData.as(other.admin, () -> settingsService.settings().holidays())).isEmpty();
    }

    @Test
    void anotherWorkspaceCannotReadATicketsServiceLevel() {
        var other = new SlaFixtures(context, "Ajeno");
        long ticket = desk.opened(TicketPriority.NORMAL, madrid("2026-03-06T17:00"), null, "Mío");

        assertThat(TestData.as(desk.admin, () -> slas.of(ticket))).isPresent();
        assertThat(TestData.as(other.admin, () -> slas.of(ticket))).isEmpty();
        assertThat(TestData.as(other.admin, () -> slas.of(List.of(ticket)))).isEmpty();
    }

    @Test
    void settingsRefuseOverlappingHoursAndTargetsOutOfRangeNamingTheField() {
        var current = TestData.as(desk.admin, () -> settingsService.settings());
        var overlapping = new ArrayList<>(current.hours());
        overlapping.add(new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(17, 0),
                LocalTime.of(20, 0)));
        assertThatThrownBy(() -> TestData.as(desk.admin, () -> settingsService.save(
                new SlaSettings(overlapping, current.holidays(), current.targets()))))
                .isInstanceOfSatisfying(FieldRejectedException.class,
                        e -> assertThat(e.field()).isEqualTo("hours.MONDAY"));
        var targets = new ArrayList<>(current.targets());
        var low = targets.stream().filter(t -> t.priority() == TicketPriority.LOW).findFirst().orElseThrow();
        targets.set(targets.indexOf(low), new SlaTarget(TicketPriority.LOW, 0, 60, 25, low.version()));
        assertThatThrownBy(() -> TestData.as(desk.admin, () -> settingsService.save(
                new SlaSettings(current.hours(), current.holidays(), targets))))
                .isInstanceOfSatisfying(FieldRejectedException.class,
                        e -> assertThat(e.field()).isEqualTo("target.LOW"));
    }
}
