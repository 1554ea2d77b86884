package com.cartera.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.base.db.BulkWork;
import com.cartera.commerce.CommerceFixtures;
import com.cartera.commerce.Product;
import com.cartera.commerce.Purchase;
import com.cartera.commerce.PurchaseService;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.PortfolioBulkService;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * KPIs of March 2025 in Europe/Madrid on a hand-built portfolio, activity window 30 days, every purchase 100.00:
 * <ul>
 * <li>Ana: bought 10 Jan → active [10 Jan, 9 Feb): lost before March, in nothing.</li>
 * <li>Bea: bought 1 Feb → active [1 Feb, 3 Mar), lost 3 Mar; bought again 20 Mar → reactivated [20 Mar, 19 Apr).</li>
 * <li>Carlos: bought 5 Mar (acquired), moved to LOST by hand at 00:30 on 30 Mar Madrid time (23:30 UTC on the 29th,
 * the night the clocks go forward) → active [5 Mar, 30 Mar): acquired and lost inside March.</li>
 * <li>Dora: bought 28 Feb → active [28 Feb, 30 Mar), lost by the window on 30 Mar; her move to LOST at 00:30 on
 * 1 Apr Madrid time (22:30 UTC on 31 Mar) falls after March and changes nothing.</li>
 * </ul>
 * S (active on 28 Feb) = Bea, Dora = 2. E (active on 31 Mar) = Bea = 1. New = Carlos = 1. Reactivated = Bea = 1.
 * Lost in March = Bea (3 Mar), Carlos (30 Mar), Dora (30 Mar) = 3. Lost from S = Bea, Dora = 2. Acquired and lost =
 * Carlos = 1. Retention = (2 − 2) ÷ 2 = 0. Logo churn = 2 ÷ 2 = 1. Revenue in March = Carlos 5 Mar + Bea 20 Mar =
 * 200.00 in 2 orders, average 100.00. Revenue of February = Bea 1 Feb + Dora 28 Feb = 200.00, all from customers of
 * S lost in March → revenue churn 1.
 */
@CarteraIntegrationTest
class PortfolioAnalyticsTest {

    private static final Period MARCH = Period.month(LocalDate.of(2025, 3, 1));

    @Autowired
    ApplicationContext context;
    @Autowired
    PortfolioAnalytics analytics;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PurchaseService purchases;
    @Autowired
    CustomerService customers;
    @Autowired
    PortfolioBulkService bulk;
    @Autowired
    BulkWork bulkWork;
    @Autowired
    AggregateStore store;

    private TestData data;
    private CommerceFixtures fixtures;
    private SignedInUser admin;
    private String schema;
    private Product product;

    @BeforeEach
    void aHandBuiltPortfolio() {
        data = new TestData(context);
        fixtures = new CommerceFixtures(context);
        admin = data.newWorkspace("Cifras " + TestData.uniqueSlug("k"));
        schema = admin.tenant().orElseThrow().schema();
        jdbc.update("update " + schema + ".workspace_settings set activity_window_days = 30");
        product = fixtures.product(admin, "Caja", "CAJ", "100.00");
        Customer ana = customer("Ana");
        Customer bea = customer("Bea");
        Customer carlos = customer("Carlos");
        Customer dora = customer("Dora");
        buy(ana, "2025-01-10");
        buy(bea, "2025-02-01");
        buy(bea, "2025-03-20");
        buy(carlos, "2025-03-05");
        buy(dora, "2025-02-28");
        movedToLost(carlos, "2025-03-29T23:30:00Z");
        movedToLost(dora, "2025-03-31T22:30:00Z");
    }

    private Customer customer(String name) {
        return data.customer(admin, name, name.toLowerCase() + "@example.es", LifecycleStage.ACTIVE);
    }

    private void buy(Customer customer, String day) {
        fixtures.purchase(admin, customer.getId(), LocalDate.parse(day), product);
    }

    private void movedToLost(Customer customer, String at) {
        jdbc.update("insert into " + schema + ".lifecycle_change (customer_id, from_stage, to_stage, changed_at)"
                + " values (?, 'ACTIVE', 'LOST', cast(? as timestamptz))", customer.getId(), at);
    }

    @Test
    void everyKpiOfMarchMatchesTheHandComputedValues() {
        TestData.as(admin, analytics::rebuild);
        PortfolioKpis kpis = TestData.as(admin, () -> analytics.kpis(MARCH, null));

        assertThat(kpis.activeAtStart().current()).isEqualByComparingTo("2");
        assertThat(kpis.activeAtEnd().current()).isEqualByComparingTo("1");
        assertThat(kpis.newCustomers().current()).isEqualByComparingTo("1");
        assertThat(kpis.reactivated().current()).isEqualByComparingTo("1");
        assertThat(kpis.lost().current()).isEqualByComparingTo("3");
        assertThat(kpis.lostFromStart().current()).isEqualByComparingTo("2");
        assertThat(kpis.acquiredAndLost().current()).isEqualByComparingTo("1");
        assertThat(kpis.retentionRate().current()).isEqualByComparingTo("0");
        assertThat(kpis.logoChurnRate().current()).isEqualByComparingTo("1");
        assertThat(kpis.revenueChurnRate().current()).isEqualByComparingTo("1");
        assertThat(kpis.revenue().current()).isEqualByComparingTo("200.00");
        assertThat(kpis.orders().current()).isEqualByComparingTo("2");
        assertThat(kpis.averageOrderValue().current()).isEqualByComparingTo("100");
        // February: S (31 Jan) = Ana; she is lost 9 Feb → churn 1. A year earlier nobody: not available.
        assertThat(kpis.logoChurnRate().previous()).isEqualByComparingTo("1");
        assertThat(kpis.retentionRate().yearEarlier()).isNull();
    }

    @Test
    void anEmptyPeriodHasZeroCountsAndNoRates() {
        TestData.as(admin, analytics::rebuild);
        PortfolioKpis kpis = TestData.as(admin, () -> analytics.kpis(Period.month(LocalDate.of(2020, 6, 1)), null));

        assertThat(kpis.activeAtStart().current()).isEqualByComparingTo("0");
        assertThat(kpis.revenue().current()).isEqualByComparingTo("0");
        assertThat(kpis.retentionRate().current()).isNull();
        assertThat(kpis.averageOrderValue().current()).isNull();
    }

    @Test
    void theCustomersBehindEachCountAreAsManyAsTheCount() {
        TestData.as(admin, analytics::rebuild);
        PortfolioKpis kpis = TestData.as(admin, () -> analytics.kpis(MARCH, null));
        Map<KpiCount, BigDecimal> tiles = Map.of(KpiCount.ACTIVE_AT_START, kpis.activeAtStart().current(),
                KpiCount.ACTIVE_AT_END, kpis.activeAtEnd().current(), KpiCount.NEW, kpis.newCustomers().current(),
                KpiCount.REACTIVATED, kpis.reactivated().current(), KpiCount.LOST, kpis.lost().current(),
                KpiCount.LOST_FROM_START, kpis.lostFromStart().current(),
                KpiCount.ACQUIRED_AND_LOST, kpis.acquiredAndLost().current());
        tiles.forEach((which, value) -> {
            List<Long> ids = TestData.as(admin, () -> analytics.customersBehind(MARCH, which, null, 0, 100));
            assertThat(ids).as(which.name()).hasSize(value.intValueExact());
        });
    }

    @Test
    void anIncrementalRefreshEqualsAFullRebuild() {
        TestData.as(admin, analytics::rebuild);
        Customer eva = customer("Eva");
        buy(eva, "2025-03-02");
        var ana = jdbc.queryForObject("select id from " + schema + ".customer where name = 'Ana'", Long.class);
        fixtures.purchase(admin, ana, LocalDate.parse("2025-02-05"), product);

        RefreshResult incremental = TestData.as(admin, analytics::refresh);
        List<Map<String, Object>> afterRefresh = tables();
        TestData.as(admin, analytics::rebuild);

        assertThat(incremental.full()).isFalse();
        assertThat(afterRefresh).isEqualTo(tables());
    }

    /**
     * Period edges at midnight in the workspace's zone across the night the clocks go forward (Europe/Madrid,
     * 30 Mar 2025, from UTC+1 to UTC+2), activity window 30 days, everyone bought on 10 Mar; the period is the single
     * day 30 Mar. Moved to LOST by hand: Fede at 23:59 on 29 Mar (22:59 UTC) — lost the day before, in nothing;
     * Gema at 00:00 on 30 Mar (23:00 UTC on the 29th) and Hugo at 23:59 on 30 Mar (21:59 UTC) — active at the start,
     * lost in the period; Inés at 00:00 on 31 Mar (22:00 UTC on the 30th) — active at the start and at the end.
     */
    @Test
    void aChangeAt2359LocalOnTheDayBeforeThePeriodCountsOut() {
        SignedInUser owner = data.newWorkspace("Bordes " + TestData.uniqueSlug("b"));
        String edgeSchema = owner.tenant().orElseThrow().schema();
        jdbc.update("update " + edgeSchema + ".workspace_settings set activity_window_days = 30,"
                + " time_zone = 'Europe/Madrid'");
        Product box = fixtures.product(owner, "Caja", "CAJ", "100.00");
        Map<String, String> movedAt = Map.of("Fede", "2025-03-29T22:59:00Z", "Gema", "2025-03-29T23:00:00Z",
                "Hugo", "2025-03-30T21:59:00Z", "Ines", "2025-03-30T22:00:00Z");
        movedAt.forEach((name, at) -> {
            Customer customer = data.customer(owner, name, name.toLowerCase() + "@example.es", LifecycleStage.ACTIVE);
            fixtures.purchase(owner, customer.getId(), LocalDate.of(2025, 3, 10), box);
            jdbc.update("insert into " + edgeSchema + ".lifecycle_change (customer_id, from_stage, to_stage,"
                    + " changed_at) values (?, 'ACTIVE', 'LOST', cast(? as timestamptz))", customer.getId(), at);
        });
        TestData.as(owner, analytics::rebuild);
        Period day = Period.of(LocalDate.of(2025, 3, 30), LocalDate.of(2025, 3, 31));
        PortfolioKpis kpis = TestData.as(owner, () -> analytics.kpis(day, null));

        assertThat(kpis.activeAtStart().current()).isEqualByComparingTo("3");
        assertThat(kpis.lost().current()).isEqualByComparingTo("2");
        assertThat(kpis.lostFromStart().current()).isEqualByComparingTo("2");
        assertThat(kpis.activeAtEnd().current()).isEqualByComparingTo("1");
        // The day before: Fede's move at 23:59 counts there.
        PortfolioKpis before = TestData.as(owner, () -> analytics.kpis(Period.of(LocalDate.of(2025, 3, 29),
                LocalDate.of(2025, 3, 30)), null));
        assertThat(before.lost().current()).isEqualByComparingTo("1");
    }

    /**
     * Random histories made through the real services — purchases, purchase deletions, lifecycle moves (to LOST by
     * hand among them), customer deletions and restores, hand-overs between two salespeople — refreshed
     * incrementally at random points: the tables and the figures of several periods equal a full rebuild's.
     */
    @ParameterizedTest
    @ValueSource(longs = {11, 2025, 90210})
    void randomHistoriesRefreshedIncrementallyEqualAFullRebuild(long seed) {
        var random = new Random(seed);
        SignedInUser boss = data.newWorkspace("Azar " + TestData.uniqueSlug("r"));
        schema = boss.tenant().orElseThrow().schema();
        jdbc.update("update " + schema + ".workspace_settings set activity_window_days = 30");
        SignedInUser sara = data.addMember(boss, TestData.uniqueEmail("sara"), "Sara", Set.of(Role.SALES));
        SignedInUser tomas = data.addMember(boss, TestData.uniqueEmail("tomas"), "Tomás", Set.of(Role.SALES));
        Product box = fixtures.product(boss, "Caja", "CAJ", "25.50");
        Product crate = fixtures.product(boss, "Palé", "PAL", "310.00");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Madrid"));
        var people = new ArrayList<Long>();
        var bought = new ArrayList<Purchase>();
        var binned = new HashSet<Long>();
        LifecycleStage[] stages = LifecycleStage.values();
        for (int i = 0; i < 14; i++) {
            SignedInUser maker = i % 3 == 0 ? boss : i % 3 == 1 ? sara : tomas;
            people.add(data.customer(maker, "Cliente " + i, "c" + i + "@example.es",
                    stages[random.nextInt(3)]).getId());
        }
        TestData.as(boss, analytics::rebuild);
        for (int step = 0; step < 70; step++) {
            long id = people.get(random.nextInt(people.size()));
            int action = random.nextInt(100);
            if (binned.remove(id)) {
                TestData.as(boss, () -> {
                    customers.restore(id);
                    return null;
                });
                continue;
            }
            Customer customer = TestData.as(boss, () -> customers.find(id)).orElseThrow();
            if (action < 45) {
                LocalDate on = random.nextInt(3) == 0 ? today.minusDays(random.nextInt(45))
                        : today.minusDays(random.nextInt(900));
                bought.add(fixtures.purchase(boss, id, on, random.nextBoolean() ? box : crate));
            } else if (action < 55 && !bought.isEmpty()) {
                Purchase gone = bought.remove(random.nextInt(bought.size()));
                TestData.as(boss, () -> {
                    purchases.delete(gone.getId(), gone.getVersion());
                    return null;
                });
            } else if (action < 70) {
                customer.setLifecycleStage(random.nextInt(3) == 0 ? LifecycleStage.LOST
                        : stages[random.nextInt(stages.length)]);
                TestData.as(boss, () -> customers.save(customer));
            } else if (action < 75) {
                TestData.as(boss, () -> {
                    customers.delete(id, customer.getVersion());
                    return null;
                });
                binned.add(id);
                bought.removeIf(p -> p.getCustomerId() == id);
            } else if (action < 82) {
                boolean toTomas = random.nextBoolean();
                TestData.as(boss, () -> bulk.handOver(toTomas ? sara.userId() : tomas.userId(),
                        toTomas ? tomas.userId() : sara.userId(), null));
            } else {
                assertThat(TestData.as(boss, analytics::refresh).full()).isFalse();
            }
        }
        TestData.as(boss, analytics::refresh);
        List<Map<String, Object>> refreshedTables = tables();
        List<Object> refreshedFigures = figures(boss, today, sara, tomas);
        TestData.as(boss, analytics::rebuild);

        assertThat(refreshedTables).as("seed " + seed).isEqualTo(tables());
        assertThat(refreshedFigures).as("seed " + seed).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(figures(boss, today, sara, tomas));
    }

    /**
     * A customer restored from the bin long after their deletion was refreshed is picked up by the next incremental
     * refresh: restoring stamps the change like every other edit.
     */
    @Test
    void aRestoreLongAfterTheDeletionIsPickedUpIncrementally() {
        Customer eva = customer("Eva");
        buy(eva, "2025-03-02");
        long version = TestData.as(admin, () -> customers.find(eva.getId())).orElseThrow().getVersion();
        TestData.as(admin, () -> {
            customers.delete(eva.getId(), version);
            return null;
        });
        // The deletion happened a day ago and the aggregates already hold it.
        jdbc.update("update " + schema + ".customer set updated_at = updated_at - interval '1 day',"
                + " deleted_at = deleted_at - interval '1 day'");
        jdbc.update("update " + schema + ".lifecycle_change set changed_at = changed_at - interval '1 day'"
                + " where changed_at > now() - interval '1 hour'");
        TestData.as(admin, analytics::rebuild);
        TestData.as(admin, () -> {
            customers.restore(eva.getId());
            return null;
        });

        TestData.as(admin, analytics::refresh);
        List<Map<String, Object>> afterRefresh = tables();
        TestData.as(admin, analytics::rebuild);

        assertThat(afterRefresh).isEqualTo(tables());
    }

    /** A full rebuild loads without the secondary indexes and builds every one of them again. */
    @Test
    void aFullRebuildLeavesEveryIndexAsItWas() {
        String indexes = "select indexdef from pg_indexes where schemaname = ? and tablename like 'analytics%'"
                + " order by indexname";
        List<String> before = jdbc.queryForList(indexes, String.class, schema);

        TestData.as(admin, analytics::rebuild);

        assertThat(before).anyMatch(definition -> definition.contains("analytics_customer_day_day_idx"));
        assertThat(jdbc.queryForList(indexes, String.class, schema)).isEqualTo(before);
    }

    /**
     * After a crash PostgreSQL empties the unlogged analytics tables, state row included: the next refresh finds no
     * state and rebuilds everything.
     */
    @Test
    void aRefreshAfterACrashEmptiedTheTablesRebuildsThem() {
        TestData.as(admin, analytics::rebuild);
        List<Map<String, Object>> built = tables();
        jdbc.execute("truncate " + schema + ".analytics_customer_day, " + schema + ".analytics_spell, " + schema
                + ".analytics_day, " + schema + ".analytics_cohort, " + schema + ".analytics_lead, " + schema
                + ".analytics_state");

        RefreshResult refreshed = TestData.as(admin, analytics::refresh);

        assertThat(refreshed.full()).isTrue();
        assertThat(tables()).isNotEmpty().isEqualTo(built);
    }

    /**
     * A purchase recorded while a full rebuild holds the emptied tables does not wait for it (it would have failed on
     * the lock timeout): the customer it marks stays marked for the next refresh.
     */
    @Test
    void aPurchaseRecordedDuringARebuildDoesNotWaitForIt() throws Exception {
        Customer eva = customer("Eva");
        var cleared = new CountDownLatch(1);
        var bought = new CountDownLatch(1);
        CompletableFuture<Void> rebuilding = CompletableFuture.runAsync(() -> TestData.as(admin,
                () -> bulkWork.inTransaction(BulkWork.Job.ANALYTICS_REFRESH, () -> {
                    store.lock();
                    store.clearAndSuspendIndexes();
                    cleared.countDown();
                    awaitQuietly(bought);
                    return null;
                })));
        assertThat(cleared.await(2, TimeUnit.MINUTES)).isTrue();
        try {
            buy(eva, "2025-03-03");
        } finally {
            bought.countDown();
        }
        rebuilding.get(2, TimeUnit.MINUTES);

        assertThat(jdbc.queryForList("select customer_id from " + schema + ".analytics_dirty", Long.class))
                .contains(eva.getId());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(2, TimeUnit.MINUTES)) {
                throw new IllegalStateException("The purchase never came");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The KPIs, trends, owner rows and cohorts of a few periods, as the dashboards read them. */
    private List<Object> figures(SignedInUser boss, LocalDate today, SignedInUser... sellers) {
        LocalDate firstOfMonth = today.withDayOfMonth(1);
        List<Period> periods = List.of(Period.of(firstOfMonth.minusMonths(11), today.plusDays(1)),
                Period.month(firstOfMonth), Period.month(firstOfMonth.minusMonths(1)),
                Period.of(today.minusDays(400), today.minusDays(300)));
        var result = new ArrayList<Object>();
        for (Period period : periods) {
            result.add(TestData.as(boss, () -> analytics.kpis(period, null)));
            result.add(TestData.as(boss, () -> analytics.trend(period, null)));
            result.add(TestData.as(boss, () -> analytics.byOwner(period)));
            for (SignedInUser seller : sellers) {
                result.add(TestData.as(boss, () -> analytics.kpis(period, seller.userId())));
            }
        }
        result.add(TestData.as(boss, () -> analytics.cohorts(YearMonth.from(today.minusYears(3)),
                YearMonth.from(today))));
        return result;
    }

    private List<Map<String, Object>> tables() {
        return jdbc.queryForList("select 'day' as t, day::text as k, owner_id::text as o, revenue, orders, acquired,"
                + " reactivated, lost from " + schema + ".analytics_day"
                + " where revenue <> 0 or orders <> 0 or acquired <> 0 or reactivated <> 0 or lost <> 0"
                + " union all select 'spell', customer_id || ':' || start_on, end_on::text, 0, 0, first::int, 0, 0 from "
                + schema + ".analytics_spell"
                + " union all select 'cohort', cohort_month || ':' || month_offset, null, 0, buyers, 0, 0, 0 from "
                + schema + ".analytics_cohort where buyers <> 0 order by 1, 2, 3");
    }
}
