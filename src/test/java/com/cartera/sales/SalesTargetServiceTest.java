package com.cartera.sales;

import static com.cartera.TestData.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.security.FieldRejectedException;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Sales targets on PostgreSQL: set, changed and removed by management with conflicts seen, bad amounts refused,
 * audited; salespeople read only their own; won against target computed by hand; workspaces kept apart.
 */
@CarteraIntegrationTest
class SalesTargetServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    SalesTargetService targets;
    @Autowired
    OpportunityService opportunities;
    @Autowired
    PipelineService pipelines;

    private TestData data;
    private SignedInUser admin;
    private SignedInUser seller;
    private SignedInUser otherSeller;
    private YearMonth thisMonth;
    private LocalDate today;

    @BeforeEach
    void workspace() {
        data = new TestData(context);
        admin = data.newWorkspace("Objetivos " + TestData.uniqueSlug("o"));
        seller = data.addMember(admin, TestData.uniqueEmail("ventas"), "Bruno Ventas", Set.of(Role.SALES));
        otherSeller = data.addMember(admin, TestData.uniqueEmail("ventas2"), "Carla Ventas", Set.of(Role.SALES));
        today = as(admin, () -> context.getBean(WorkspaceCalendar.class).today());
        thisMonth = YearMonth.from(today);
    }

    private SalesTarget set(SignedInUser user, SignedInUser agent, YearMonth month, String amount, Long version) {
        return as(user, () -> targets.set(agent.userId(), month, amount == null ? null : new BigDecimal(amount),
                version)).orElse(null);
    }

    private void win(SignedInUser owner, Customer customer, String title, String amount) {
        long pipelineId = as(admin, () -> pipelines.mainPipeline().getId());
        long won = as(admin, () -> pipelines.stages(pipelineId)).stream().filter(PipelineStage::isWon).findFirst()
                .orElseThrow().getId();
        Opportunity added = as(owner, () -> opportunities.quickAdd(pipelineId, customer.getId(), title,
                new BigDecimal(amount)));
        as(owner, () -> opportunities.move(added.getId(), added.getVersion(), won, null, null));
    }

    @Test
    void managementSetsChangesAndRemovesTargetsAndEveryChangeIsAudited() {
        SalesTarget first = set(admin, seller, thisMonth, "1000", null);
        assertThat(first.getAmount()).isEqualByComparingTo("1000");
        assertThat(first.getCurrency()).isEqualTo("EUR");
        assertThat(first.getUpdatedBy()).isEqualTo(admin.userId());

        SalesTarget changed = set(admin, seller, thisMonth, "1500.50", first.getVersion());
        assertThat(changed.getAmount()).isEqualByComparingTo("1500.50");
        assertThat(as(admin, () -> targets.targets(thisMonth.getYear())))
                .extracting(SalesTarget::getMemberId, SalesTarget::getMonth)
                .containsExactly(tuple(seller.userId(), thisMonth));

        assertThat(set(admin, seller, thisMonth, null, changed.getVersion())).isNull();
        assertThat(as(admin, () -> targets.targets(thisMonth.getYear()))).isEmpty();

        assertThat(data.count("select count(*) from " + admin.workspace().tenant().schema()
                + ".audit_event where entity_type = 'SALES_TARGET'")).isEqualTo(3);
    }

    @Test
    void aConcurrentChangeIsAConflictNotASilentOverwrite() {
        SalesTarget first = set(admin, seller, thisMonth, "1000", null);
        set(admin, seller, thisMonth, "2000", first.getVersion());

        assertThatThrownBy(() -> set(admin, seller, thisMonth, "3000", first.getVersion()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        // Two people setting the same month's first target: the second sees the first's.
        assertThatThrownBy(() -> set(admin, seller, thisMonth, "4000", null))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(as(admin, () -> targets.targets(thisMonth.getYear()))).singleElement()
                .satisfies(target -> assertThat(target.getAmount()).isEqualByComparingTo("2000"));
    }

    @Test
    void badAmountsAreRefusedNamingTheField() {
        for (String bad : new String[] {"-1", "1000000000000", "10.555"}) {
            assertThatThrownBy(() -> set(admin, seller, thisMonth, bad, null)).as(bad)
                    .isInstanceOfSatisfying(FieldRejectedException.class,
                            e -> assertThat(e.field()).isEqualTo("amount"));
        }
        assertThat(set(admin, seller, thisMonth, "999999999999.99", null).getAmount())
                .isEqualByComparingTo("999999999999.99");
    }

    @Test
    void aSalespersonReadsOnlyTheirOwnTargetsAndSetsNone() {
        set(admin, seller, thisMonth, "1000", null);
        set(admin, otherSeller, thisMonth, "500", null);

        assertThat(as(seller, () -> targets.targets(thisMonth.getYear()))).extracting(SalesTarget::getMemberId)
                .containsExactly(seller.userId());
        assertThatThrownBy(() -> set(seller, seller, thisMonth.plusMonths(1), "5", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(seller, () -> targets.wonVsTarget(today, today.plusDays(1),
                otherSeller.userId()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void wonAgainstTargetSumsTheWonAmountOfThePeriodAndTheTargetsOfItsMonths() {
        set(admin, seller, thisMonth, "1000", null);
        set(admin, seller, thisMonth.plusMonths(1), "9999", null);
        set(admin, otherSeller, thisMonth, "500", null);
        Customer customer = data.customer(seller, "Ana García", "ana@garcia.es", LifecycleStage.ACTIVE);
        win(seller, customer, "Primera", "300");
        win(seller, customer, "Segunda", "200");
        Customer other = data.customer(otherSeller, "Luis Pérez", "luis@perez.es", LifecycleStage.ACTIVE);
        as(otherSeller, () -> opportunities.quickAdd(pipelines.mainPipeline().getId(), other.getId(), "Abierta",
                new BigDecimal("700")));
        LocalDate from = thisMonth.atDay(1);
        LocalDate to = thisMonth.plusMonths(1).atDay(1);

        // Seller: 300 + 200 won against this month's 1000 (next month's 9999 is outside the period).
        WonVsTarget own = as(seller, () -> targets.wonVsTarget(from, to, null));
        assertThat(own.wonCount()).isEqualTo(2);
        assertThat(own.won()).isEqualByComparingTo("500");
        assertThat(own.target()).isEqualByComparingTo("1000");
        assertThat(own.attainment()).isEqualTo(0.5);

        // The team: the same 500 won against 1000 + 500; a two-month period adds next month's 9999.
        WonVsTarget team = as(admin, () -> targets.wonVsTarget(from, to, null));
        assertThat(team.won()).isEqualByComparingTo("500");
        assertThat(team.target()).isEqualByComparingTo("1500");
        assertThat(as(admin, () -> targets.wonVsTarget(from, to.plusMonths(1), null)).target())
                .isEqualByComparingTo("11499");
        WonVsTarget carla = as(admin, () -> targets.wonVsTarget(from, to, otherSeller.userId()));
        assertThat(carla.wonCount()).isZero();
        assertThat(carla.attainment()).isEqualTo(0.0);
        assertThat(as(admin, () -> targets.wonVsTarget(from.minusMonths(1), from, null)).hasTarget()).isFalse();
    }

    @Test
    void aWorkspaceNeverSeesAnotherWorkspacesTargets() {
        set(admin, seller, thisMonth, "1000", null);
        SignedInUser otherAdmin = data.newWorkspace("Otra " + TestData.uniqueSlug("x"));

        assertThat(as(otherAdmin, () -> targets.targets(thisMonth.getYear()))).isEmpty();
        assertThat(as(otherAdmin, () -> targets.wonVsTarget(thisMonth.atDay(1), thisMonth.plusMonths(1).atDay(1),
                null)).target()).isEqualByComparingTo("0");
        assertThat(as(otherAdmin, () -> targets.wonVsTarget(thisMonth.atDay(1), thisMonth.plusMonths(1).atDay(1),
                seller.userId())).target()).isEqualByComparingTo("0");
        // Nor sets one for a member of another workspace.
        assertThatThrownBy(() -> set(otherAdmin, seller, thisMonth, "5", null))
                .isInstanceOfSatisfying(FieldRejectedException.class, e -> assertThat(e.field()).isEqualTo("member"));
    }
}
