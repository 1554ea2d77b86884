package com.cartera.support;

import static com.cartera.TestData.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomersMerged;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.privacy.PersonalDataService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The support home's figures on a hand-built desk, with the medians and percentiles worked out by hand. */
@CarteraIntegrationTest
class SupportFiguresTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    SupportFigures figures;
    @Autowired
    WorkspaceCalendar calendar;
    @Autowired
    TicketService tickets;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    PersonalDataService personalData;
    @Autowired
    JdbcTemplate jdbc;

    private QueueFixtures q;
    private LocalDate today;
    private ZoneId zone;

    @BeforeEach
    void desk() {
        q = new QueueFixtures(context, "Cifras " + TestData.uniqueSlug("f"));
        today = as(q.admin, calendar::today);
        zone = as(q.admin, calendar::zone);
    }

    /** Noon of {@code daysAgo} days before today, in the workspace's zone, plus {@code minutes}. */
    private Timestamp noon(int daysAgo, long minutes) {
        return Timestamp.from(today.minusDays(daysAgo).atTime(LocalTime.NOON).atZone(zone).toInstant()
                .plus(Duration.ofMinutes(minutes)));
    }

    @Test
    void firstResponseAndResolutionTimesAreMedianAndP90OfThePeriod() {
        // First responses 10, 20, 30, 40 and 50 minutes after opening, yesterday: median 30, p90 40 + 0.6 × 10 = 46.
        for (int minutes : new int[] {50, 10, 40, 20, 30}) {
            Ticket ticket = q.open("Respuesta en " + minutes, TicketPriority.NORMAL);
            q.sql("update {schema}.ticket set opened_at = ?, first_response_at = ? where id = ?", noon(1, 0),
                    noon(1, minutes), ticket.getId());
        }
        // Answered before the period: left out.
        Ticket earlier = q.open("Antigua", TicketPriority.NORMAL);
        q.sql("update {schema}.ticket set opened_at = ?, first_response_at = ? where id = ?", noon(20, 0),
                noon(20, 500), earlier.getId());
        // Resolved in 1, 2 and 4 hours: median 2 h, p90 2 h + 0.8 × 2 h = 3 h 36 min.
        for (int hours : new int[] {4, 1, 2}) {
            Ticket ticket = q.open("Resuelta en " + hours, TicketPriority.NORMAL);
            as(q.agent, () -> tickets.changeStatus(ticket.getId(), ticket.getVersion(), TicketStatus.RESOLVED));
            q.sql("update {schema}.ticket set opened_at = ?, resolved_at = ? where id = ?", noon(2, 0),
                    noon(2, hours * 60L), ticket.getId());
        }

        var first = as(q.agent, () -> figures.firstResponse(today.minusDays(7), today.plusDays(1)));
        var resolution = as(q.agent, () -> figures.resolution(today.minusDays(7), today.plusDays(1)));

        assertThat(first).isEqualTo(new SupportFigures.TimeFigures(5, Duration.ofMinutes(30),
                Duration.ofMinutes(46)));
        assertThat(resolution).isEqualTo(new SupportFigures.TimeFigures(3, Duration.ofHours(2),
                Duration.ofMinutes(216)));
        assertThat(as(q.agent, () -> figures.resolution(today.minusDays(30), today.minusDays(10))))
                .isEqualTo(new SupportFigures.TimeFigures(0, null, null));
    }

    @Test
    void backlogIsTheOpenTicketsAtTheEndOfEachDay() {
        Ticket always = q.open("Abierta hace diez días", TicketPriority.NORMAL);
        q.sql("update {schema}.ticket set opened_at = ? where id = ?", noon(10, 0), always.getId());
        Ticket resolvedYesterday = q.open("Resuelta ayer", TicketPriority.NORMAL);
        as(q.agent, () -> tickets.changeStatus(resolvedYesterday.getId(), resolvedYesterday.getVersion(),
                TicketStatus.RESOLVED));
        q.sql("update {schema}.ticket set opened_at = ?, resolved_at = ? where id = ?", noon(2, 0), noon(1, 0),
                resolvedYesterday.getId());
        Ticket openedYesterday = q.open("Abierta ayer", TicketPriority.NORMAL);
        q.sql("update {schema}.ticket set opened_at = ? where id = ?", noon(1, 0), openedYesterday.getId());
        Ticket closedEarlier = q.open("Cerrada hace tres días", TicketPriority.NORMAL);
        as(q.admin, () -> tickets.changeStatus(closedEarlier.getId(), closedEarlier.getVersion(),
                TicketStatus.CLOSED));
        q.sql("update {schema}.ticket set opened_at = ?, closed_at = ? where id = ?", noon(5, 0), noon(3, 0),
                closedEarlier.getId());

        var points = as(q.agent, () -> figures.backlog(today.minusDays(3), today.plusDays(5)));

        assertThat(points).containsExactly(
                new SupportFigures.BacklogPoint(today.minusDays(3), 1),
                new SupportFigures.BacklogPoint(today.minusDays(2), 2),
                new SupportFigures.BacklogPoint(today.minusDays(1), 2),
                new SupportFigures.BacklogPoint(today, 2));
    }

    @Test
    void ticketsByCategoryAndTheShortListsOfTheHome() {
        q.open(q.customer, "Impresora", TicketType.INCIDENT, TicketPriority.HIGH, q.hardware, q.agent.userId(),
                null);
        q.open(q.customer, "Escáner", TicketType.INCIDENT, TicketPriority.URGENT, q.hardware, q.agent.userId(),
                null);
        q.open(q.customer, "Recibo", TicketType.INQUIRY, TicketPriority.LOW, q.billing, null, null);
        q.open(q.customer, "Otra cosa", TicketType.INQUIRY, TicketPriority.LOW, null, q.agent2.userId(), null);

        assertThat(as(q.agent, () -> figures.byCategory(today.minusDays(1), today.plusDays(1)))).containsExactly(
                new SupportFigures.CategoryCount(q.hardware, "Impresoras y equipos", 2),
                new SupportFigures.CategoryCount(q.billing, "Cobros y recibos", 1),
                new SupportFigures.CategoryCount(null, null, 1));
        var mine = as(q.agent, () -> figures.myOpen(5));
        assertThat(mine.count()).isEqualTo(new QueueCount(2, false));
        assertThat(mine.first()).extracting(TicketQueueRow::subject).containsExactly("Escáner", "Impresora");
        assertThat(as(q.agent, () -> figures.unassigned(5)).first()).extracting(TicketQueueRow::subject)
                .containsExactly("Recibo");
        assertThat(as(q.agent, () -> figures.breaching(5)).count()).isEqualTo(new QueueCount(0, false));
    }

    @Test
    void anotherWorkspacesTicketsNeverCount() {
        var elsewhere = new QueueFixtures(context, "Otra " + TestData.uniqueSlug("f"));
        elsewhere.open(elsewhere.customer, "Ajena", TicketType.INCIDENT, TicketPriority.URGENT, elsewhere.hardware,
                null, null);

        assertThat(as(q.agent, () -> figures.byCategory(today.minusDays(1), today.plusDays(1)))).isEmpty();
        assertThat(as(q.agent, () -> figures.unassigned(5)).count()).isEqualTo(new QueueCount(0, false));
        assertThat(as(q.agent, () -> figures.backlog(today, today.plusDays(1))))
                .containsExactly(new SupportFigures.BacklogPoint(today, 0));
    }

    @Test
    void aReopenedTicketLeavesTheResolutionTimesAndReturnsToTheBacklog() {
        Ticket ticket = q.open("Reabierta", TicketPriority.NORMAL);
        as(q.agent, () -> tickets.changeStatus(ticket.getId(), ticket.getVersion(), TicketStatus.RESOLVED));
        q.sql("update {schema}.ticket set opened_at = ?, resolved_at = ? where id = ?", noon(1, 0), noon(1, 90),
                ticket.getId());

        assertThat(as(q.agent, () -> figures.resolution(today.minusDays(7), today.plusDays(1))))
                .isEqualTo(new SupportFigures.TimeFigures(1, Duration.ofMinutes(90), Duration.ofMinutes(90)));
        assertThat(as(q.agent, () -> figures.backlog(today.minusDays(1), today.plusDays(1)))).containsExactly(
                new SupportFigures.BacklogPoint(today.minusDays(1), 0),
                new SupportFigures.BacklogPoint(today, 0));

        long version = as(q.agent, () -> tickets.find(ticket.getId()).orElseThrow().getVersion());
        as(q.agent, () -> tickets.changeStatus(ticket.getId(), version, TicketStatus.OPEN));

        assertThat(as(q.agent, () -> figures.resolution(today.minusDays(7), today.plusDays(1))))
                .isEqualTo(new SupportFigures.TimeFigures(0, null, null));
        assertThat(as(q.agent, () -> figures.backlog(today.minusDays(1), today.plusDays(1)))).containsExactly(
                new SupportFigures.BacklogPoint(today.minusDays(1), 1),
                new SupportFigures.BacklogPoint(today, 1));
    }

    @Test
    void aMergeOrAnErasureOfTheCustomerLeavesTheFiguresAsTheyWere() {
        Customer duplicate = q.fx.data.customer(q.admin, "Duplicado " + TestData.uniqueSlug("d"), null,
                LifecycleStage.ACTIVE);
        q.open(duplicate, "Del duplicado", TicketType.INCIDENT, TicketPriority.HIGH, q.hardware, null, null);
        Ticket answered = q.open(q.customer, "Con respuesta", TicketType.INQUIRY, TicketPriority.LOW, q.billing,
                null, null);
        q.sql("update {schema}.ticket set opened_at = ?, first_response_at = ? where id = ?", noon(1, 0),
                noon(1, 25), answered.getId());
        var categories = as(q.agent, () -> figures.byCategory(today.minusDays(7), today.plusDays(1)));
        var first = as(q.agent, () -> figures.firstResponse(today.minusDays(7), today.plusDays(1)));
        var backlog = as(q.agent, () -> figures.backlog(today.minusDays(2), today.plusDays(1)));

        as(q.admin, () -> transactions.execute(status -> {
            events.publishEvent(new CustomersMerged(q.admin.workspace().tenant(), duplicate.getId(),
                    q.customer.getId()));
            return null;
        }));
        as(q.admin, () -> personalData.erase(q.customer.getId()));

        assertThat(categories).containsExactly(
                new SupportFigures.CategoryCount(q.billing, "Cobros y recibos", 1),
                new SupportFigures.CategoryCount(q.hardware, "Impresoras y equipos", 1));
        assertThat(first).isEqualTo(new SupportFigures.TimeFigures(1, Duration.ofMinutes(25),
                Duration.ofMinutes(25)));
        assertThat(as(q.agent, () -> figures.byCategory(today.minusDays(7), today.plusDays(1))))
                .isEqualTo(categories);
        assertThat(as(q.agent, () -> figures.firstResponse(today.minusDays(7), today.plusDays(1))))
                .isEqualTo(first);
        assertThat(as(q.agent, () -> figures.backlog(today.minusDays(2), today.plusDays(1)))).isEqualTo(backlog);
    }

    @Test
    void theDailyFiguresAreBuiltFromTheTicketsWhenNotKeptInTheWorkspacesZone() {
        Ticket late = q.open(q.customer, "Tarde", TicketType.INCIDENT, TicketPriority.LOW, q.hardware, null, null);
        as(q.agent, () -> figures.byCategory(today, today.plusDays(1)));
        // As if the desk had been upgraded: nothing kept, and tickets changed meanwhile without the triggers.
        q.sql("update {schema}.support_figures_state set time_zone = null");
        Timestamp lateEvening = Timestamp.from(today.minusDays(3).atTime(23, 30).atZone(zone).toInstant());
        q.sql("update {schema}.ticket set opened_at = ?, first_response_at = ? where id = ?", lateEvening,
                noon(2, 0), late.getId());

        assertThat(as(q.agent, () -> figures.byCategory(today.minusDays(3), today.minusDays(2)))).containsExactly(
                new SupportFigures.CategoryCount(q.hardware, "Impresoras y equipos", 1));
        assertThat(as(q.agent, () -> figures.firstResponse(today.minusDays(2), today.minusDays(1))))
                .isEqualTo(new SupportFigures.TimeFigures(1, Duration.ofMinutes(750), Duration.ofMinutes(750)));

        // Kept in another zone (the workspace's changed since): built again in the workspace's, where 23:30 is
        // still the same day.
        q.sql("update {schema}.support_figures_state set time_zone = 'Pacific/Kiritimati'");
        assertThat(as(q.agent, () -> figures.byCategory(today.minusDays(3), today.minusDays(2)))).containsExactly(
                new SupportFigures.CategoryCount(q.hardware, "Impresoras y equipos", 1));
        assertThat(jdbc.queryForObject("select time_zone from \"" + q.admin.workspace().tenant().schema()
                + "\".support_figures_state", String.class)).isEqualTo(zone.getId());
    }

    @Test
    void longSpansAreReadWithinOnePercent() {
        // Resolved after 2, 3 and 10 days: median 3 days, read from its bucket within 1 %.
        for (int days : new int[] {2, 3, 10}) {
            Ticket ticket = q.open("Larga " + days, TicketPriority.LOW);
            as(q.agent, () -> tickets.changeStatus(ticket.getId(), ticket.getVersion(), TicketStatus.RESOLVED));
            q.sql("update {schema}.ticket set opened_at = ?, resolved_at = ? where id = ?", noon(days + 1, 0),
                    noon(1, 0), ticket.getId());
        }

        var resolution = as(q.agent, () -> figures.resolution(today.minusDays(1), today));

        assertThat(resolution.tickets()).isEqualTo(3);
        assertThat(resolution.median().toMinutes()).isBetween((long) (3 * 1440 * 0.99), 3 * 1440L);
    }
}
