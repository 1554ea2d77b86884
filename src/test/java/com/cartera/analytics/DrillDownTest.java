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
