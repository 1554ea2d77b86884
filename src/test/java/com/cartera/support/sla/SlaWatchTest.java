package com.cartera.support.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.support.TicketAssigned;
import com.cartera.support.TicketPriority;
import com.cartera.support.TicketStatus;
import com.cartera.tenancy.TenantSql;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The job marks warnings and breaches once each, tells the people concerned and turns the customer red. The desk
 * works round the clock here, so that business time is real time and the colour alerts (read at the real now) agree
 * with the job's test clock; NORMAL targets: first response 8 h (warning from 2 h left), resolution 40 h.
 */
@CarteraIntegrationTest
class SlaWatchTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    SlaSettingsService settingsService;
    @Autowired
    TenantSql sql;
    @Autowired
    JdbcTemplate jdbc;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private SlaFixtures desk;
    private SignedInUser sonia;

    @BeforeEach
    void aRoundTheClockDeskWithAnAgent() {
        desk = roundTheClock("Vigía");
        sonia = desk.data.addMember(desk.admin, TestData.uniqueEmail("sonia"), "Sonia Soporte", Set.of(Role.SUPPORT));
    }

    private SlaFixtures roundTheClock(String name) {
        var fixtures = new SlaFixtures(context, name);
        TestData.as(fixtures.admin, () -> {
            var current = settingsService.settings();
            List<WorkingHours> always = new ArrayList<>();
            for (DayOfWeek day : DayOfWeek.values()) {
                always.add(new WorkingHours(day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
            }
            return settingsService.save(new SlaSettings(always, current.holidays(), current.targets()));
        });
        return fixtures;
    }

    private int watchAt(SlaFixtures in, Instant at) {
        var watch = new SlaWatch(sql, context, Clock.fixed(at, ZoneOffset.UTC));
        return in.inWorkspace(watch::watch);
    }

    private List<Map<String, Object>> notices(SlaFixtures in, SignedInUser recipient) {
        return jdbc.queryForList("select kind, variant, link_path from " + in.tenant.schema()
                + ".notification where recipient_id = ? and kind like 'TICKET_SLA%' order by id", recipient.userId());
    }

    @Test
    void aWarningAndABreachAreAnnouncedOnceEachToTheAssigneeAndTurnTheCustomerRed() {
        long ticket = desk.opened(TicketPriority.NORMAL, now.minus(Duration.ofMinutes(7 * 60 + 30)), sonia.userId(),
                "Sin conexión");

        assertThat(watchAt(desk, now)).isEqualTo(1);
        assertThat(watchAt(desk, now.plus(Duration.ofMinutes(10)))).isZero();
        assertThat(notices(desk, sonia)).containsExactly(Map.of("kind", "TICKET_SLA_AT_RISK",
                "variant", "FIRST_RESPONSE", "link_path", "support/tickets/" + ticket));
        assertThat(desk.customerAlert()).containsEntry("alert_colour", "RED")
                .containsEntry("alert_reason", "Ticket #" + ticket + " en riesgo de incumplir el SLA: Sin conexión");

        assertThat(watchAt(desk, now.plus(Duration.ofMinutes(31)))).isEqualTo(1);
        assertThat(watchAt(desk, now.plus(Duration.ofMinutes(40)))).isZero();
        assertThat(notices(desk, sonia)).extracting(notice -> notice.get("kind"))
                .containsExactly("TICKET_SLA_AT_RISK", "TICKET_SLA_BREACHED");
        SlaRow clock = desk.clock(ticket);
        assertThat(clock.firstResponseWarnedAt()).isEqualTo(now);
        assertThat(clock.firstResponseBreachedAt()).isEqualTo(now.plus(Duration.ofMinutes(31)));
        assertThat(clock.resolutionWarnedAt()).isNull();
        assertThat(notices(desk, desk.admin)).as("the assignee is the one told").isEmpty();
    }

    @Test
    void anUnassignedBreachTellsTheAdminsAndSupportNotSalesAndSolvingItLiftsTheRed() {
        SignedInUser seller = desk.data.addMember(desk.admin, TestData.uniqueEmail("vera"), "Vera Ventas",
                Set.of(Role.SALES));
        long ticket = desk.opened(TicketPriority.NORMAL, now.minus(Duration.ofHours(9)), null, "Factura duplicada");

        assertThat(watchAt(desk, now)).as("found already due: the breach only").isEqualTo(1);
        assertThat(notices(desk, desk.admin)).extracting(notice -> notice.get("kind"))
                .containsExactly("TICKET_SLA_BREACHED");
        assertThat(notices(desk, sonia)).extracting(notice -> notice.get("kind")).containsExactly("TICKET_SLA_BREACHED");
        assertThat(notices(desk, seller)).isEmpty();
        assertThat(desk.clock(ticket).firstResponseWarnedAt()).isEqualTo(now);
        assertThat(desk.customerAlert()).containsEntry("alert_colour", "RED")
                .containsEntry("alert_reason", "SLA incumplido en el ticket #" + ticket + ": Factura duplicada");

        desk.move(ticket, TicketStatus.NEW, TicketStatus.RESOLVED, now);

        assertThat(desk.customerAlert().get("alert_colour")).isNull();
    }

    @Test
    void aPausedTicketIsNotMarkedAndAnotherWorkspacesTicketsAreNeverTouched() {
        var other = roundTheClock("Vigía ajena");
        long paused = desk.opened(TicketPriority.NORMAL, now.minus(Duration.ofHours(9)), sonia.userId(), "En espera");
        desk.move(paused, TicketStatus.NEW, TicketStatus.PENDING, now.minus(Duration.ofHours(8)).minusSeconds(1));
        long theirs = other.opened(TicketPriority.NORMAL, now.minus(Duration.ofHours(9)), null, "Ajeno");

        assertThat(watchAt(desk, now)).isZero();

        assertThat(desk.clock(paused).firstResponseBreachedAt()).isNull();
        SlaRow untouched = other.clock(theirs);
        assertThat(untouched.firstResponseWarnedAt()).isNull();
        assertThat(untouched.firstResponseBreachedAt()).isNull();
        assertThat(jdbc.queryForObject("select count(*) from " + other.tenant.schema() + ".notification where kind like"
                + " 'TICKET_SLA%'", Long.class)).isZero();

        assertThat(watchAt(other, now)).isEqualTo(1);
        assertThat(desk.clock(paused).firstResponseBreachedAt()).isNull();
    }

    @Test
    void anAssignedTicketTellsItsNewAssigneeAndLinksToIt() {
        long ticket = desk.opened(TicketPriority.LOW, now, null, "Cambio de tarifa");
        desk.publish(new TicketAssigned(desk.tenant.id(), ticket, desk.customer.getId(), "Cambio de tarifa",
                sonia.userId(), desk.admin.userId()));

        assertThat(jdbc.queryForList("select kind, link_path, arguments::text as arguments from " + desk.tenant.schema()
                + ".notification where recipient_id = ?", sonia.userId())).containsExactly(Map.of("kind",
                "TICKET_ASSIGNED", "link_path", "support/tickets/" + ticket, "arguments",
                "[\"" + desk.admin.displayName() + "\", \"" + ticket + "\", \"Cambio de tarifa\"]"));
    }
}
