package com.cartera.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.security.SignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * RFM scores and segments on PostgreSQL against hand-computed quintiles, ties included. Six customers with
 * purchases (n = 6), a score is ceil(5 × le / 6) where le counts those with a value at most theirs:
 *
 * <pre>
 *      last purchase  le R | purchases le F | revenue le M | segment (R, F)
 * Ana  2026-05-01      6 5 | 3          5 5 |   600    5 5 | CHAMPIONS (5, 5)
 * Blas 2026-05-01      6 5 | 1          3 3 |  1000    6 5 | POTENTIAL_LOYALISTS (5, 3)
 * Ciro 2026-04-01      4 4 | 2          4 4 |   100    3 3 | LOYAL_CUSTOMERS (4, 4)
 * Dora 2025-12-01      2 2 | 1          3 3 |   600    5 5 | AT_RISK (2, 3)
 * Eva  2025-09-01      1 1 | 4          6 5 |    40    2 2 | CANT_LOSE (1, 5)
 * Fede 2026-04-01      4 4 | 1          3 3 |    20    1 1 | POTENTIAL_LOYALISTS (4, 3)
 * </pre>
 * Gema has no purchases and Hugo was deleted: neither is ranked, both get no scores.
 */
@CarteraIntegrationTest
class RfmScoresTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    SegmentRecalculation recalculation;
    @Autowired
    CustomerService customerService;

    private TestData data;
    private Purchases purchases;
    private SignedInUser admin;
    private final Map<String, Customer> customers = new LinkedHashMap<>();

    @BeforeEach
    void sixCustomersWithPurchasesOneWithoutAndOneDeleted() {
        data = new TestData(context);
        purchases = new Purchases(context);
        admin = data.newWorkspace("RFM " + TestData.uniqueSlug("rfm"));
        for (String name : new String[] {"Ana", "Blas", "Ciro", "Dora", "Eva", "Fede", "Gema", "Hugo"}) {
            customers.put(name, data.customer(admin, name, null, LifecycleStage.ACTIVE));
        }
        buy("Ana", "2026-01-10", "100", "2026-03-01", "200", "2026-05-01", "300");
        buy("Blas", "2026-05-01", "1000");
        buy("Ciro", "2026-02-01", "50", "2026-04-01", "50");
        buy("Dora", "2025-12-01", "600");
        buy("Eva", "2025-06-01", "10", "2025-07-01", "10", "2025-08-01", "10", "2025-09-01", "10");
        buy("Fede", "2026-04-01", "20");
        buy("Hugo", "2026-06-01", "5000");
        Customer hugo = customers.get("Hugo");
        TestData.as(admin, () -> {
            customerService.delete(hugo.getId(), customerService.find(hugo.getId()).orElseThrow().getVersion());
            return null;
        });
    }

    private void buy(String name, String... datesAndTotals) {
        for (int i = 0; i < datesAndTotals.length; i += 2) {
            purchases.buy(admin, customers.get(name), LocalDate.parse(datesAndTotals[i]), datesAndTotals[i + 1]);
        }
    }

    @Test
    void scoresAreQuintilesWithEqualValuesScoredAlike() {
        int changed = TestData.as(admin, recalculation::recalculateRfm);

        assertThat(changed).isEqualTo(6);
        assertThat(scores("Ana")).isEqualTo("5 5 5 CHAMPIONS");
        assertThat(scores("Blas")).isEqualTo("5 3 5 POTENTIAL_LOYALISTS");
        assertThat(scores("Ciro")).isEqualTo("4 4 3 LOYAL_CUSTOMERS");
        assertThat(scores("Dora")).isEqualTo("2 3 5 AT_RISK");
        assertThat(scores("Eva")).isEqualTo("1 5 2 CANT_LOSE");
        assertThat(scores("Fede")).isEqualTo("4 3 1 POTENTIAL_LOYALISTS");
        assertThat(scores("Gema")).isEqualTo("null null null null");
        assertThat(data.count("select count(*) from " + admin.workspace().tenant().schema()
                + ".customer where name = 'Hugo' and rfm_recency is null and rfm_segment is null")).isEqualTo(1);
    }

    @Test
    void aSecondRunChangesNothingAndANewPurchaseMovesOnlyWhoseRankChanged() {
        TestData.as(admin, recalculation::recalculateRfm);
        assertThat(TestData.as(admin, recalculation::recalculateRfm)).isZero();

        // Gema buys the most, most recently, once: n = 7 and every quintile is recomputed.
        purchases.buy(admin, customers.get("Gema"), LocalDate.parse("2026-07-01"), "2000");
        TestData.as(admin, recalculation::recalculateRfm);

        // R: Eva 1, Dora 2, Ciro/Fede 4, Ana/Blas 6, Gema 7 → ceil(5·le/7) = 1, 2, 3, 5, 5.
        // F: Blas/Dora/Fede/Gema 4, Ciro 5, Ana 6, Eva 7 → 3, 4, 5, 5.
        // M: Fede 1, Eva 2, Ciro 3, Ana/Dora 5, Blas 6, Gema 7 → 1, 2, 3, 4, 5, 5.
        assertThat(scores("Gema")).isEqualTo("5 3 5 POTENTIAL_LOYALISTS");
        assertThat(scores("Ana")).isEqualTo("5 5 4 CHAMPIONS");
        assertThat(scores("Ciro")).isEqualTo("3 4 3 LOYAL_CUSTOMERS");
        assertThat(scores("Fede")).isEqualTo("3 3 1 NEED_ATTENTION");
        assertThat(scores("Eva")).isEqualTo("1 5 2 CANT_LOSE");
    }

    @Test
    void aCustomerDeletedAfterScoringLosesTheScoresAndNoLongerCountsForOthers() {
        TestData.as(admin, recalculation::recalculateRfm);
        Customer fede = TestData.as(admin, () -> customerService.find(customers.get("Fede").getId()).orElseThrow());
        TestData.as(admin, () -> {
            customerService.delete(fede.getId(), fede.getVersion());
            return null;
        });

        TestData.as(admin, recalculation::recalculateRfm);

        assertThat(data.count("select count(*) from " + admin.workspace().tenant().schema()
                + ".customer where name = 'Fede' and rfm_recency is null")).isEqualTo(1);
        // Without Fede (n = 5): frequency le Blas/Dora 2, Ciro 3, Ana 4, Eva 5 → 2, 3, 4, 5;
        // monetary le Eva 1, Ciro 2, Ana/Dora 4, Blas 5 → 1, 2, 4, 5.
        assertThat(scores("Eva")).isEqualTo("1 5 1 CANT_LOSE");
        assertThat(scores("Ana")).isEqualTo("5 4 4 CHAMPIONS");
    }

    private String scores(String name) {
        Customer customer = TestData.as(admin, () -> customerService.find(customers.get(name).getId()).orElseThrow());
        return String.join(" ", Arrays.asList(String.valueOf(customer.getRfmRecency()),
                String.valueOf(customer.getRfmFrequency()), String.valueOf(customer.getRfmMonetary()),
                String.valueOf(customer.getRfmSegment())));
    }
}
