package com.cartera.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.finance.DunningAction;
import com.cartera.finance.DunningAssignee;
import com.cartera.finance.DunningFixtures;
import com.cartera.finance.DunningStepReached;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.tenancy.TenantSql;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;

/**
 * The dunning ladder (seeded 7 days REMINDER/OWNER, 30 CALL/OWNER, 60 ESCALATION/FINANCE) walked by the daily run
 * as of given days, as the injected clock would give them: the follow-ups it gives, to whom, once.
 */
@CarteraIntegrationTest
class DunningFollowUpsTest {

    /** Every invoice here falls due on this day; the runs are as of this day plus the days overdue. */
    private static final LocalDate DUE = LocalDate.of(2026, 3, 2);

    @Autowired
    ApplicationContext context;
    @Autowired
    TenantSql sql;
    @Autowired
    FollowUpService followUpService;
    @Autowired
    WorkspaceCalendar calendar;

    private TestData data;
    private DunningFixtures finance;
    private SignedInUser admin;
    private SignedInUser owner;
    private SignedInUser financeMember;

    private record Given(String kind, UUID assignee, Instant dueAt, String notes) {
    }

    @BeforeEach
    void aWorkspace() {
        data = new TestData(context);
        finance = new DunningFixtures(context);
        admin = data.newWorkspace("Cobros " + TestData.uniqueSlug("dun"));
        owner = data.addMember(admin, TestData.uniqueEmail("owner"), "Olga Owner", Set.of(Role.SALES));
        financeMember = data.addMember(admin, TestData.uniqueEmail("fin"), "Fede Finanzas", Set.of(Role.FINANCE));
    }

    private List<Given> followUps(Customer customer) {
        return finance.inWorkspace(admin, () -> sql.client().sql("""
                        select kind, assignee_id, due_at, notes from follow_up where customer_id = :customer
                        order by id""")
                .param("customer", customer.getId())
                .query((row, n) -> new Given(row.getString("kind"), row.getObject("assignee_id", UUID.class),
                        row.getTimestamp("due_at").toInstant(), row.getString("notes")))
                .list());
    }

    private Instant tenOClockOn(LocalDate day) {
        ZoneId zone = TestData.as(admin, () -> calendar.zone());
        return day.atTime(LocalTime.of(10, 0)).atZone(zone).toInstant();
    }

    @Test
    void theLadderGivesAReminderThenACallToTheOwnerThenEscalatesToFinance() {
        Customer customer = finance.customer(admin, "Bodegas Ribera", owner);
        long invoice = finance.issued(admin, customer, "F-DUN-1", DUE, "1210.00");

        assertThat(finance.dun(admin, DUE.plusDays(6))).isZero();
        assertThat(followUps(customer)).isEmpty();

        assertThat(finance.dun(admin, DUE.plusDays(7))).isEqualTo(1);
        assertThat(followUps(customer)).containsExactly(new Given("EMAIL", owner.userId(),
                tenOClockOn(DUE.plusDays(7)),
                "Factura F-DUN-1 vencida hace 7 días (venció el 02/03/2026), pendiente 1.210,00 EUR: enviar un"
                        + " recordatorio de pago."));
        // The same day again, and the days before the next step, give nothing more.
        assertThat(finance.dun(admin, DUE.plusDays(7))).isZero();
        assertThat(finance.dun(admin, DUE.plusDays(29))).isZero();

        // Part paid: still open, so still dunned, for what is left (1,210.00 − 210.00 = 1,000.00).
        finance.pay(admin, invoice, DUE.plusDays(20), "210.00");
        assertThat(finance.dun(admin, DUE.plusDays(30))).isEqualTo(1);
        assertThat(followUps(customer)).hasSize(2).last().satisfies(call -> {
            assertThat(call.kind()).isEqualTo("CALL");
            assertThat(call.assignee()).isEqualTo(owner.userId());
            assertThat(call.dueAt()).isEqualTo(tenOClockOn(DUE.plusDays(30)));
            assertThat(call.notes()).contains("vencida hace 30 días", "pendiente 1.000,00 EUR",
                    "llamar al cliente para reclamar el pago");
        });

        assertThat(finance.dun(admin, DUE.plusDays(61))).isEqualTo(1);
        assertThat(followUps(customer)).hasSize(3).last().satisfies(escalation -> {
            assertThat(escalation.kind()).isEqualTo("CALL");
            assertThat(escalation.assignee()).isEqualTo(financeMember.userId());
            assertThat(escalation.notes()).contains("vencida hace 61 días", "escalar el cobro");
        });
        List<Map<String, Object>> done = finance.done(admin, invoice);
        assertThat(done).extracting(row -> row.get("days_overdue")).containsExactly(7, 30, 60);
        assertThat(done).allSatisfy(row -> assertThat(row.get("follow_up_id")).isNotNull());
    }

    @Test
    void afterAnOutageOnlyTheHighestStepReachedGivesAFollowUp() {
        Customer customer = finance.customer(admin, "Quesos Tietar", owner);
        long invoice = finance.issued(admin, customer, "F-DUN-2", DUE, "500.00");

        // No run for 61 days: steps 7 and 30 are recorded silently, only the escalation goes out.
        assertThat(finance.dun(admin, DUE.plusDays(61))).isEqualTo(1);
        assertThat(followUps(customer)).singleElement().satisfies(escalation -> {
            assertThat(escalation.kind()).isEqualTo("CALL");
            assertThat(escalation.assignee()).isEqualTo(financeMember.userId());
        });
        List<Map<String, Object>> done = finance.done(admin, invoice);
        assertThat(done).extracting(row -> row.get("days_overdue")).containsExactly(7, 30, 60);
        assertThat(done).extracting(row -> row.get("follow_up_id") != null).containsExactly(false, false, true);
        assertThat(finance.dun(admin, DUE.plusDays(62))).isZero();
    }

    @Test
    void aPaidInvoiceStopsItsLadder() {
        Customer customer = finance.customer(admin, "Aceites Sur", owner);
        long invoice = finance.issued(admin, customer, "F-DUN-3", DUE, "300.00");
        assertThat(finance.dun(admin, DUE.plusDays(7))).isEqualTo(1);
        finance.pay(admin, invoice, DUE.plusDays(10), "300.00");

        assertThat(finance.dun(admin, DUE.plusDays(30))).isZero();
        assertThat(finance.dun(admin, DUE.plusDays(90))).isZero();
        assertThat(followUps(customer)).hasSize(1);
    }

    @Test
    void withoutAnActiveOwnerTheFollowUpGoesToTheLeastBusyFinanceMember() {
        SignedInUser busier = data.addMember(admin, TestData.uniqueEmail("fin2"), "Ana Finanzas", Set.of(Role.FINANCE));
        Customer nobodys = finance.customer(admin, "Sin Dueño", null);
        // Ana (first by name) holds one open follow-up; Fede none, so Fede gets the next one.
        Customer other = finance.customer(admin, "Otro", busier);
        finance.issued(admin, other, "F-DUN-4", DUE, "100.00");
        finance.issued(admin, nobodys, "F-DUN-5", DUE.plusDays(1), "100.00");

        assertThat(finance.dun(admin, DUE.plusDays(7))).isEqualTo(1);
        assertThat(followUps(other)).singleElement().extracting(Given::assignee).isEqualTo(busier.userId());
        assertThat(finance.dun(admin, DUE.plusDays(8))).isEqualTo(1);
        assertThat(followUps(nobodys)).singleElement().extracting(Given::assignee)
                .isEqualTo(financeMember.userId());
    }

    @Test
    void aWorkspaceWithoutFinanceGivesItToAnAdmin_andRunsNeverTouchAnotherWorkspace() {
        SignedInUser otherAdmin = data.newWorkspace("Otra " + TestData.uniqueSlug("dun"));
        Customer theirs = finance.customer(otherAdmin, "Cliente Ajeno", null);
        long theirInvoice = finance.issued(otherAdmin, theirs, "F-DUN-6", DUE, "80.00");
        Customer ours = finance.customer(admin, "Cliente Propio", owner);
        finance.issued(admin, ours, "F-DUN-6B", DUE, "80.00");

        assertThat(finance.dun(admin, DUE.plusDays(7))).isEqualTo(1);
        assertThat(finance.done(otherAdmin, theirInvoice)).isEmpty();

        assertThat(finance.dun(otherAdmin, DUE.plusDays(60))).isEqualTo(1);
        assertThat(finance.inWorkspace(otherAdmin, () -> sql.client()
                .sql("select assignee_id from follow_up where customer_id = :c").param("c", theirs.getId())
                .query(UUID.class).single())).isEqualTo(otherAdmin.userId());
        assertThat(followUps(ours)).hasSize(1);
    }

    @Test
    void theOwnersFollowUpIsInTheirAgenda() {
        Customer customer = finance.customer(admin, "Agenda SL", owner);
        finance.issued(admin, customer, "F-DUN-7", DUE, "42.00");
        finance.dun(admin, DUE.plusDays(7));

        Instant day = tenOClockOn(DUE.plusDays(7)).minusSeconds(10 * 3600);
        List<FollowUp> agenda = TestData.as(owner, () -> followUpService.scheduled(
                owner.userId(), day, day.plusSeconds(24 * 3600), Pageable.unpaged()));
        assertThat(agenda).singleElement().satisfies(followUp -> {
            assertThat(followUp.getCustomer().getId()).isEqualTo(customer.getId());
            assertThat(followUp.getNotes()).startsWith("Factura F-DUN-7 vencida hace 7 días");
        });
    }

    @Test
    void theNotesNameTheInvoiceAmountDaysAndAction() {
        // 12,345.6 formatted the Spanish way: 12.345,60.
        var step = new DunningStepReached(1, 2, 3, "F-2026-000123", DunningAction.ESCALATION,
                DunningAssignee.FINANCE, 75, new BigDecimal("12345.6"), "EUR", LocalDate.of(2026, 1, 15));
        assertThat(DunningFollowUps.notes(step)).isEqualTo("Factura F-2026-000123 vencida hace 75 días (venció el"
                + " 15/01/2026), pendiente 12.345,60 EUR: escalar el cobro: llamar al cliente y acordar un plan de"
                + " pago o pasarlo a recobro.");
    }
}
