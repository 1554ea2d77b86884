package com.cartera.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.customer.RevenueConcentration.Concentration;
import com.cartera.customer.RevenueConcentration.CurvePoint;
import com.cartera.customer.RevenueConcentration.TopCustomer;
import com.cartera.customer.SegmentService.TierFigures;
import com.cartera.security.SignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The 80/20 figures on PostgreSQL. Ten customers with revenue 100, 200, … 1000 (5,500 in all): the top 20 %
 * are ceil(0.2 × 10) = 2 customers with 1000 + 900 = 1,900, a share of 1900 / 5500 = 34.5455 %. A customer
 * without revenue and a deleted one with the most revenue do not count.
 */
@CarteraIntegrationTest
class RevenueConcentrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    RevenueConcentration concentration;
    @Autowired
    SegmentService segmentService;
    @Autowired
    CustomerService customerService;

    private TestData data;
    private Purchases purchases;
    private SignedInUser admin;
    private final List<Customer> customers = new ArrayList<>();

    @BeforeEach
    void tenCustomersWithRevenueOneWithoutAndOneDeleted() {
        data = new TestData(context);
        purchases = new Purchases(context);
        admin = data.newWorkspace("Pareto " + TestData.uniqueSlug("par"));
        for (int i = 1; i <= 10; i++) {
            Customer customer = data.customer(admin, "Cliente " + i, null, LifecycleStage.ACTIVE);
            purchases.buy(admin, customer, LocalDate.of(2026, 1, i), Integer.toString(i * 100));
            customers.add(customer);
        }
        data.customer(admin, "Sin compras", null, LifecycleStage.LEAD);
        Customer deleted = data.customer(admin, "Borrado", null, LifecycleStage.ACTIVE);
        purchases.buy(admin, deleted, LocalDate.of(2026, 2, 1), "99000");
        TestData.as(admin, () -> {
            customerService.delete(deleted.getId(), customerService.find(deleted.getId()).orElseThrow().getVersion());
            return null;
        });
    }

    @Test
    void theTopFifthOfCustomersBringsTheirShareOfRevenue() {
        Concentration figures = TestData.as(admin, concentration::concentration);

        assertThat(figures.customers()).isEqualTo(10);
        assertThat(figures.topCustomers()).isEqualTo(2);
        assertThat(figures.totalRevenue()).isEqualByComparingTo("5500");
        assertThat(figures.topRevenue()).isEqualByComparingTo("1900");
        assertThat(figures.topShare()).isEqualByComparingTo("0.345455");
    }

    @Test
    void theTopCustomersComeRankedWithTheirShareAndTheRunningShare() {
        Concentration figures = TestData.as(admin, concentration::concentration);

        List<TopCustomer> top = TestData.as(admin, () -> concentration.topCustomers(figures, 0, 50));

        assertThat(top).extracting(TopCustomer::id, TopCustomer::name, TopCustomer::revenue, TopCustomer::share,
                        TopCustomer::cumulativeShare)
                .containsExactly(
                        tuple(customers.get(9).getId(), "Cliente 10", new BigDecimal("1000.00"), new BigDecimal("0.181818"),
                                new BigDecimal("0.181818")),
                        tuple(customers.get(8).getId(), "Cliente 9", new BigDecimal("900.00"), new BigDecimal("0.163636"),
                                new BigDecimal("0.345455")));
        // A later page starts where the first ended and keeps the running share.
        assertThat(TestData.as(admin, () -> concentration.topCustomers(figures, 1, 50)))
                .extracting(TopCustomer::name, TopCustomer::cumulativeShare)
                .containsExactly(tuple("Cliente 9", new BigDecimal("0.345455")));
        assertThat(TestData.as(admin, () -> concentration.topCustomers(figures, 2, 50))).isEmpty();
    }

    @Test
    void theCurveRunsFromNothingToEverythingThroughHandComputedSteps() {
        // Four steps over ten customers: ranks ceil(10·g/4) = 3, 5, 8, 10.
        // Running revenue 2700, 4000, 5200, 5500 of 5500.
        List<CurvePoint> curve = TestData.as(admin, () -> concentration.curve(4));

        assertThat(curve).containsExactly(new CurvePoint(0, 0), new CurvePoint(0.3, 0.490909),
                new CurvePoint(0.5, 0.727273), new CurvePoint(0.8, 0.945455), new CurvePoint(1, 1));
    }

    @Test
    void customersAndRevenueSpreadOverTiersAndRfmSegments() {
        // Default thresholds: 500..1000 are emerging (4,500), 100..400 and the customer without purchases low.
        assertThat(TestData.as(admin, segmentService::tierDistribution))
                .extracting(TierFigures::tier, TierFigures::customers, figures -> figures.revenue().intValue())
                .containsExactly(tuple(ValueTier.STRATEGIC, 0L, 0), tuple(ValueTier.KEY, 0L, 0),
                        tuple(ValueTier.EMERGING, 6L, 4500), tuple(ValueTier.LOW, 5L, 1000));

        TestData.as(admin, segmentService::recalculateNow);

        // Ten distinct values make classic quintiles: two customers per score. All bought once (F = 5 for
        // everyone: a tie across the board), one a day in January, so R follows revenue.
        List<String> scores = new ArrayList<>();
        for (Customer customer : customers) {
            Customer scored = TestData.as(admin, () -> customerService.find(customer.getId()).orElseThrow());
            scores.add(scored.getRfmRecency() + "" + scored.getRfmFrequency() + scored.getRfmMonetary());
        }
        assertThat(scores).containsExactly("151", "151", "252", "252", "353", "353", "454", "454", "555", "555");
        // R 1..2 with F 5 can't be lost; R 3 and 4 with F 5 are loyal; R 5 with F 5 are champions.
        assertThat(TestData.as(admin, segmentService::segmentCounts))
                .extracting(figures -> figures.segment(), figures -> figures.customers(),
                        figures -> figures.revenue().intValue())
                .containsExactly(tuple(RfmSegment.CHAMPIONS, 2L, 1900), tuple(RfmSegment.LOYAL_CUSTOMERS, 4L, 2600),
                        tuple(RfmSegment.CANT_LOSE, 4L, 1000));
    }

    @Test
    void tiesAtTheCutDoNotChangeTheShare() {
        SignedInUser other = data.newWorkspace("Empates " + TestData.uniqueSlug("tie"));
        for (String total : new String[] {"100", "100", "100", "50", "50"}) {
            Customer customer = data.customer(other, "Empate " + total, null, LifecycleStage.ACTIVE);
            purchases.buy(other, customer, LocalDate.of(2026, 3, 1), total);
        }

        Concentration figures = TestData.as(other, concentration::concentration);

        // ceil(0.2 × 5) = 1 customer: one of the three with 100, a share of 100 / 400.
        assertThat(figures.topCustomers()).isEqualTo(1);
        assertThat(figures.topShare()).isEqualByComparingTo("0.25");
    }

    @Test
    void aWorkspaceWithoutRevenueHasNoConcentration() {
        SignedInUser empty = data.newWorkspace("Vacío " + TestData.uniqueSlug("emp"));
        data.customer(empty, "Lead", null, LifecycleStage.LEAD);

        Concentration figures = TestData.as(empty, concentration::concentration);

        assertThat(figures.customers()).isZero();
        assertThat(figures.topCustomers()).isZero();
        assertThat(figures.topShare()).isZero();
        assertThat(TestData.as(empty, () -> concentration.topCustomers(figures, 0, 50))).isEmpty();
        assertThat(TestData.as(empty, () -> concentration.curve(50))).isEmpty();
    }
}
