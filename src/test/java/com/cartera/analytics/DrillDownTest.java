package com.cartera.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.commerce.CommerceFixtures;
import com.cartera.commerce.Product;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerFilter;
import com.cartera.customer.CustomerList;
import com.cartera.customer.CustomerLists;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.SignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A figure opened in the customer grid shows exactly the customers behind it: the grid's count for the list equals
 * the tile. The portfolio is the one of {@link PortfolioAnalyticsTest} (March 2025, window 30 days), plus Eva in
 * another owner-less cohort.
 */
@CarteraIntegrationTest
class DrillDownTest {

    private static final Period MARCH = Period.month(LocalDate.of(2025, 3, 1));

    @Autowired
    ApplicationContext context;
    @Autowired
    PortfolioAnalytics analytics;
    @Autowired
    DrillDown drillDown;
    @Autowired
    CustomerService customers;
    @Autowired
    CustomerLists lists;
    @Autowired
    JdbcTemplate jdbc;

    private TestData data;
    private CommerceFixtures fixtures;
    private SignedInUser admin;
    private String schema;
    private Product product;

    @BeforeEach
    void aHandBuiltPortfolio() {
        data = new TestData(context);
        fixtures = new CommerceFixtures(context);
        admin = data.newWorkspace("Desglose " + TestData.uniqueSlug("dd"));
        schema = admin.tenant().orElseThrow().schema();
        jdbc.update("update " + schema + ".workspace_settings set activity_window_days = 30");
        product = fixtures.product(admin, "Caja", "CAJ", "100.00");
        Customer ana = customer("Ana");
        Customer bea = customer("Bea");
        Customer carlos = customer("Carlos");
        Customer dora = customer("Dora");
        customer("Sin compras");
        buy(ana, "2025-01-10");
        buy(bea, "2025-02-01");
        buy(bea, "2025-03-20");
        buy(carlos, "2025-03-05");
        buy(dora, "2025-02-28");
        jdbc.update("insert into " + schema + ".lifecycle_change (customer_id, from_stage, to_stage, changed_at)"
                + " values (?, 'ACTIVE', 'LOST', cast(? as timestamptz))", carlos.getId(), "2025-03-29T23:30:00Z");
        TestData.as(admin, analytics::rebuild);
    }

    @Test
    void theGridCountOfEachDrilledTileEqualsTheTile() {
        PortfolioKpis kpis = TestData.as(admin, () -> analytics.kpis(MARCH, null));
        Map<KpiCount, BigDecimal> tiles = new LinkedHashMap<>();
        tiles.put(KpiCount.ACTIVE_AT_START, kpis.activeAtStart().current());
        tiles.put(KpiCount.ACTIVE_AT_END, kpis.activeAtEnd().current());
        tiles.put(KpiCount.NEW, kpis.newCustomers().current());
        tiles.put(KpiCount.REACTIVATED, kpis.reactivated().current());
        tiles.put(KpiCount.LOST, kpis.lost().current());
        tiles.put(KpiCount.LOST_FROM_START, kpis.lostFromStart().current());
        tiles.put(KpiCount.ACQUIRED_AND_LOST, kpis.acquiredAndLost().current());
        assertThat(tiles.get(KpiCount.LOST)).as("the portfolio has something to drill into").isPositive();

        tiles.forEach((which, tile) -> {
            CustomerList list = TestData.as(admin, () -> drillDown.behind(MARCH, which, null, which.name()));
            long inGrid = TestData.as(admin,
                    () -> customers.countUpTo(CustomerFilter.NONE.withList(list.id()), 1_000).value());
            assertThat(list.size()).as(which.name()).isEqualTo(tile.longValueExact());
            assertThat(inGrid).as(which.name()).isEqualTo(tile.longValueExact());
        });
    }

    @Test
    void aCohortCellOpensItsBuyers() {
        YearMonth february = YearMonth.of(2025, 2);
        var cells = TestData.as(admin, () -> analytics.cohorts(february, february));
        for (int k = 0; k <= 1; k++) {
            int monthsSince = k;
            long buyers = cells.stream().filter(cell -> cell.monthsSince() == monthsSince)
                    .mapToLong(CohortCell::buyers).findFirst().orElse(0);
            CustomerList list = TestData.as(admin, () -> drillDown.cohortCell(february, monthsSince, "feb+" + monthsSince));
            long inGrid = TestData.as(admin,
                    () -> customers.countUpTo(CustomerFilter.NONE.withList(list.id()), 1_000).value());
            assertThat(inGrid).as("cohort Feb 2025, month " + k).isEqualTo(buyers);
        }
        // Bea and Dora started in February; of them only Bea bought in March.
        assertThat(cells).filteredOn(cell -> cell.monthsSince() == 1).singleElement()
                .extracting(CohortCell::buyers).isEqualTo(1L);
    }

    /**
     * Leads of March 2025 (window and zone as above), by hand: Lía (lead 3 Mar → prospect 10 Mar → active 20 Mar),
     * Leo (lead 5 Mar → prospect 12 Mar), Luz (lead 7 Mar, nothing since), Pía (created a prospect 8 Mar), Lalo (lead
     * 9 Mar who bought on 25 Mar without being moved: he passed the prospect stage on the way), Lola (lead 15 Mar →
     * prospect 2 Apr, after the period); Lino was created in February and does not count. Leads 6; prospects by 31
     * March: Lía, Leo, Pía, Lalo = 4; customers: Lía, Lalo = 2. Each stage opens exactly its leads.
     */
    @Test
    void eachFunnelStageOpensItsLeads() {
        lead("Lía", LifecycleStage.LEAD, "2025-03-03", "PROSPECT:2025-03-10", "ACTIVE:2025-03-20");
        lead("Leo", LifecycleStage.LEAD, "2025-03-05", "PROSPECT:2025-03-12");
        lead("Luz", LifecycleStage.LEAD, "2025-03-07");
        lead("Pía", LifecycleStage.PROSPECT, "2025-03-08");
        buy(lead("Lalo", LifecycleStage.LEAD, "2025-03-09"), "2025-03-25");
        lead("Lola", LifecycleStage.LEAD, "2025-03-15", "PROSPECT:2025-04-02");
        lead("Lino", LifecycleStage.LEAD, "2025-02-20", "PROSPECT:2025-03-02");
        TestData.as(admin, analytics::rebuild);

        var march = TestData.as(admin, () -> analytics.kpis(MARCH, null)).conversionBySource();
        assertThat(march.stream().mapToLong(SourceConversion::leads).sum()).isEqualTo(6);
        assertThat(march.stream().mapToLong(SourceConversion::prospects).sum()).isEqualTo(4);
        assertThat(march.stream().mapToLong(SourceConversion::converted).sum()).isEqualTo(2);
        Map<FunnelStage, Long> expected = Map.of(FunnelStage.LEADS, 6L, FunnelStage.PROSPECTS, 4L,
                FunnelStage.CUSTOMERS, 2L);
        expected.forEach((stage, count) -> {
            CustomerList list = TestData.as(admin, () -> drillDown.funnelStage(MARCH, stage, null, stage.name()));
            assertThat(TestData.as(admin,
                    () -> customers.countUpTo(CustomerFilter.NONE.withList(list.id()), 1_000).value()))
                    .as(stage.name()).isEqualTo(count);
        });
    }

    /** A customer created in {@code stage} on {@code createdOn} at 10:00 UTC, then moved as {@code moves} say. */
    private Customer lead(String name, LifecycleStage stage, String createdOn, String... moves) {
        Customer customer = data.customer(admin, name, name.toLowerCase() + "@example.es", stage);
        jdbc.update("update " + schema + ".customer set created_at = cast(? as timestamptz) where id = ?",
                createdOn + "T10:00:00Z", customer.getId());
        String from = stage.name();
        for (String move : moves) {
            String[] toAndDay = move.split(":");
            jdbc.update("insert into " + schema + ".lifecycle_change (customer_id, from_stage, to_stage, changed_at)"
                    + " values (?, ?, ?, cast(? as timestamptz))", customer.getId(), from, toAndDay[0],
                    toAndDay[1] + "T10:00:00Z");
            jdbc.update("update " + schema + ".customer set lifecycle_stage = ? where id = ?", toAndDay[0],
                    customer.getId());
            from = toAndDay[0];
        }
        return customer;
    }

    @Test
    void aListOfOneWorkspaceIsNotFoundInAnother() {
        CustomerList list = TestData.as(admin, () -> drillDown.behind(MARCH, KpiCount.LOST, null, "Perdidos"));
        SignedInUser other = data.newWorkspace("Otro " + TestData.uniqueSlug("dd"));
        data.customer(other, "Ajeno", "ajeno@example.es", LifecycleStage.ACTIVE);

        assertThat(TestData.as(admin, () -> lists.find(list.id()))).isPresent();
        assertThat(TestData.as(other, () -> lists.find(list.id()))).isEmpty();
        assertThat(TestData.as(other,
                () -> customers.countUpTo(CustomerFilter.NONE.withList(list.id()), 1_000).value())).isZero();
    }

    private Customer customer(String name) {
        return data.customer(admin, name, name.toLowerCase().replace(' ', '.') + "@example.es", LifecycleStage.ACTIVE);
    }

    private void buy(Customer customer, String day) {
        fixtures.purchase(admin, customer.getId(), LocalDate.parse(day), product);
    }
}
