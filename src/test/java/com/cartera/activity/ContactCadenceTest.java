package com.cartera.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.activity.ContactCadence.Overdue;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerFilter;
import com.cartera.customer.CustomerList;
import com.cartera.customer.CustomerService;
import com.cartera.customer.CustomersWithoutContact.Found;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Customers without contact beyond their cadence on PostgreSQL, as the red cadence alert reads it (key customers:
 * every 7 days by default): counted per owner or for the team, the drill-down list holds exactly as many, a
 * salesperson sees only their own, and another workspace's customers never count.
 */
@CarteraIntegrationTest
class ContactCadenceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ContactCadence cadence;
    @Autowired
    JdbcTemplate jdbc;

    private TestData data;
    private SignedInUser admin;
    private SignedInUser vera;
    private SignedInUser omar;
    private String schema;
    private LocalDate today;
    private ZoneId zone;

    @BeforeEach
    void aTeamWithKeyCustomers() {
        data = new TestData(context);
        admin = data.newWorkspace("Cadencia " + TestData.uniqueSlug("c"));
        vera = data.addMember(admin, TestData.uniqueEmail("vera"), "Vera Ventas", Set.of(Role.SALES));
        omar = data.addMember(admin, TestData.uniqueEmail("omar"), "Omar Ventas", Set.of(Role.SALES));
        schema = admin.workspace().tenant().schema();
        var calendar = context.getBean(WorkspaceCalendar.class);
        today = TestData.as(admin, calendar::today);
        zone = TestData.as(admin, calendar::zone);

        key(vera, "Alfa nunca contactado", 30, LifecycleStage.ACTIVE);
        contacted(key(vera, "Beta contactado hace 3 días", 30, LifecycleStage.ACTIVE), today.minusDays(3), 12);
        contacted(key(vera, "Gamma creado hoy, contacto antiguo", 0, LifecycleStage.ACTIVE), today.minusDays(20), 12);
        key(vera, "Delta perdido", 30, LifecycleStage.LOST);
        Customer low = key(vera, "Épsilon sin cadencia", 30, LifecycleStage.ACTIVE);
        jdbc.update("update " + schema + ".customer set tier_override = 'LOW' where id = ?", low.getId());
        contacted(key(vera, "Zeta justo a tiempo", 30, LifecycleStage.ACTIVE), today.minusDays(7), 0);
        contacted(key(vera, "Eta un día tarde", 30, LifecycleStage.ACTIVE), today.minusDays(8), 23);
        key(omar, "Theta de Omar", 30, LifecycleStage.ACTIVE);
    }

    /** A key customer of {@code owner}, created {@code daysAgo} days ago. */
    private Customer key(SignedInUser owner, String name, int daysAgo, LifecycleStage stage) {
        Customer customer = data.customer(admin, name, null, stage);
        jdbc.update("update " + schema + ".customer set tier_override = 'KEY', owner_id = ?,"
                + " created_at = created_at - make_interval(days => ?) where id = ?", owner.userId(), daysAgo,
                customer.getId());
        return customer;
    }

    private void contacted(Customer customer, LocalDate day, int hour) {
        Instant at = day.atTime(hour, 0).atZone(zone).toInstant();
        jdbc.update("insert into " + schema + ".interaction (customer_id, kind, occurred_at) values (?, 'CALL', ?)",
                customer.getId(), java.sql.Timestamp.from(at));
    }

    @Test
    void aSalespersonCountsTheirOwnCustomersContactedLessOftenThanTheirCadenceLongestWithoutFirst() {
        Overdue overdue = TestData.as(vera, () -> cadence.overdue(null, 5));

        assertThat(overdue.count()).isEqualTo(3);
        assertThat(overdue.first()).extracting(Found::name)
                .containsExactly("Alfa nunca contactado", "Gamma creado hoy, contacto antiguo", "Eta un día tarde");
        assertThat(TestData.as(omar, () -> cadence.overdue(null, 5)).first()).extracting(Found::name)
                .containsExactly("Theta de Omar");
        assertThatThrownBy(() -> TestData.as(vera, () -> cadence.overdue(omar.userId(), 5)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void managersSeeTheTeamOrOneAgentAndTheListHoldsExactlyTheCount() {
        assertThat(TestData.as(admin, () -> cadence.overdue(null, 2))).satisfies(team -> {
            assertThat(team.count()).isEqualTo(4);
            assertThat(team.first()).hasSize(2);
        });
        assertThat(TestData.as(admin, () -> cadence.overdue(vera.userId(), 5)).count()).isEqualTo(3);

        CustomerList list = TestData.as(admin, () -> cadence.asList(vera.userId(), "Sin contacto"));
        assertThat(list.size()).isEqualTo(3);
        long inGrid = TestData.as(admin, () -> context.getBean(CustomerService.class)
                .count(CustomerFilter.NONE.withList(list.id())));
        assertThat(inGrid).isEqualTo(3);
    }

    @Test
    void theRedCadenceAlertAgreesWithTheCount() {
        TestData.as(admin, () -> context.getBean(FollowUpAlerts.class).recomputeAll());
        assertThat(data.count("select count(*) from " + schema + ".customer where alert_colour = 'RED'"
                + " and alert_reason like '%sin contacto%'")).isEqualTo(4);
    }

    @Test
    void anotherWorkspacesCustomersNeverCount() {
        SignedInUser other = data.newWorkspace("Otra cadencia " + TestData.uniqueSlug("c"));
        Customer theirs = data.customer(other, "Ajeno", null, LifecycleStage.ACTIVE);
        jdbc.update("update " + other.workspace().tenant().schema() + ".customer set tier_override = 'KEY',"
                + " created_at = created_at - interval '30 days' where id = ?", theirs.getId());

        assertThat(TestData.as(other, () -> cadence.overdue(null, 5)).first()).extracting(Found::name)
                .containsExactly("Ajeno");
        assertThat(TestData.as(admin, () -> cadence.overdue(null, 10)).first()).extracting(Found::name)
                .doesNotContain("Ajeno");
    }
}
