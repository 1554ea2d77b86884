package com.cartera.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.commerce.CommerceFixtures;
import com.cartera.commerce.Product;
import com.cartera.commerce.ProductCosts;
import com.cartera.commerce.PurchaseDraft;
import com.cartera.commerce.PurchaseService;
import com.cartera.commerce.SalesChannel;
import com.cartera.customer.Customer;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.ValueTier;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Margins of March 2025 on a hand-built portfolio. Product A costs 6.00 from 1 Jan and 8.00 from 15 Mar; B has no
 * cost; C costs 10.00 from 1 Jan.
 * <ul>
 * <li>Ana (STRATEGIC, owner: the admin): 10 Mar 2.5 × A at 10.00 = 25.00, cost 2.5 × 6.00 = 15.00, margin 10.00;
 * 20 Mar 1 × A at 10.00 = 10.00, cost 8.00 (the cost changed mid-March), margin 2.00.</li>
 * <li>Bea (KEY, owner: Fran): 5 Mar 1 × B at 50.00, no cost known → revenue without cost 50.00, no margin;
 * 6 Mar 1 × C at 7.00 (a discount below cost), cost 10.00, margin −3.00.</li>
 * </ul>
 * STRATEGIC: revenue 35.00, cost 23.00, margin 12.00. KEY: revenue 57.00, cost 10.00, margin −3.00, without cost
 * 50.00. Whole month: revenue 92.00, cost 33.00, margin 9.00, without cost 50.00. Loss-making: Bea −3.00.
 */
@CarteraIntegrationTest
class ProfitabilityTest {

    private static final Period MARCH = Period.month(LocalDate.of(2025, 3, 1));

    @Autowired
    ApplicationContext context;
    @Autowired
    Profitability profitability;
    @Autowired
    PortfolioAnalytics analytics;
    @Autowired
    ProductCosts costs;
    @Autowired
    PurchaseService purchases;
    @Autowired
    JdbcTemplate jdbc;

    private TestData data;
    private SignedInUser admin;
    private SignedInUser fran;
    private String schema;
    private Product a;
    private Product b;
    private Product c;
    private Customer ana;
    private Customer bea;

    @BeforeEach
    void aHandBuiltPortfolio() {
        data = new TestData(context);
        var fixtures = new CommerceFixtures(context);
        admin = data.newWorkspace("Margenes " + TestData.uniqueSlug("m"));
        schema = admin.tenant().orElseThrow().schema();
        fran = data.addMember(admin, TestData.uniqueEmail("fran"), "Fran", Set.of(Role.FINANCE));
        a = fixtures.product(admin, "A", "A", "10.00");
        b = fixtures.product(admin, "B", "B", "50.00");
        c = fixtures.product(admin, "C", "C", "7.00");
        cost(a, "2025-01-01", "6.00");
        cost(a, "2025-03-15", "8.00");
        cost(c, "2025-01-01", "10.00");
        ana = data.customer(admin, "Ana", "ana@example.es", LifecycleStage.ACTIVE);
        bea = data.customer(admin, "Bea", "bea@example.es", LifecycleStage.ACTIVE);
        jdbc.update("update " + schema + ".customer set tier_override = 'STRATEGIC', owner_id = ? where id = ?",
                admin.userId(), ana.getId());
        jdbc.update("update " + schema + ".customer set tier_override = 'KEY', owner_id = ? where id = ?",
                fran.userId(), bea.getId());
        buy(ana, "2025-03-10", CommerceFixtures.line(a, "2.5", "10.00"));
        buy(ana, "2025-03-20", CommerceFixtures.line(a, "1", "10.00"));
        buy(bea, "2025-03-05", CommerceFixtures.line(b, "1", "50.00"));
        buy(bea, "2025-03-06", CommerceFixtures.line(c, "1", "7.00"));
        TestData.as(admin, analytics::rebuild);
    }

    private void cost(Product product, String from, String unitCost) {
        TestData.as(admin, () -> costs.set(product.getId(), LocalDate.parse(from), new BigDecimal(unitCost)));
    }

    private void buy(Customer customer, String day, PurchaseDraft.Line line) {
        TestData.as(admin, () -> purchases.record(customer.getId(),
                new PurchaseDraft(LocalDate.parse(day), SalesChannel.STORE, null, null, List.of(line))));
    }

    @Test
    void marginByTierMatchesTheHandSums() {
        List<TierMargin> tiers = TestData.as(admin, () -> profitability.byTier(MARCH));

        assertThat(tiers).extracting(TierMargin::tier).containsExactly(ValueTier.values());
        assertThat(tiers.get(0)).isEqualTo(tier(ValueTier.STRATEGIC, "35.00", "23.00", "12.00", "0.00"));
        assertThat(tiers.get(1)).isEqualTo(tier(ValueTier.KEY, "57.00", "10.00", "-3.00", "50.00"));
        assertThat(tiers.get(2).revenue()).isEqualByComparingTo("0");
        assertThat(tiers.get(3).margin()).isEqualByComparingTo("0");
        // 12.00 ÷ 35.00 = 0.342857… → 0.3429; KEY: −3.00 ÷ (57.00 − 50.00) = −0.428571… → −0.4286.
        assertThat(tiers.get(0).marginRate()).isEqualByComparingTo("0.3429");
        assertThat(tiers.get(1).marginRate()).isEqualByComparingTo("-0.4286");
    }

    @Test
    void aMonthWithoutPurchasesHasNoMargin() {
        List<TierMargin> tiers = TestData.as(admin, () -> profitability.byTier(Period.month(LocalDate.of(2025, 2, 1))));

        assertThat(tiers).allSatisfy(t -> {
            assertThat(t.revenue()).isEqualByComparingTo("0");
            assertThat(t.marginRate()).isNull();
        });
    }

    @Test
    void marginByOwnerProductAndMonthMatchTheHandSums() {
        List<OwnerMargin> owners = TestData.as(admin, () -> profitability.byOwner(MARCH));
        assertThat(owners).containsExactly(
                new OwnerMargin(admin.userId(), dec("35.00"), dec("23.00"), dec("12.00"), dec("0.00")),
                new OwnerMargin(fran.userId(), dec("57.00"), dec("10.00"), dec("-3.00"), dec("50.00")));

        // By margin: A 12.00, B 0.00 (no cost known), C −3.00.
        List<ProductMargin> products = TestData.as(admin, () -> profitability.byProduct(MARCH, 10));
        assertThat(products).containsExactly(
                new ProductMargin(a.getId(), dec("35.00"), dec("23.00"), dec("12.00"), dec("0.00")),
                new ProductMargin(b.getId(), dec("50.00"), dec("0.00"), dec("0.00"), dec("50.00")),
                new ProductMargin(c.getId(), dec("7.00"), dec("10.00"), dec("-3.00"), dec("0.00")));
        assertThat(TestData.as(admin, () -> profitability.byProduct(MARCH, 1))).hasSize(1);

        List<MonthMargin> months = TestData.as(admin,
                () -> profitability.byMonth(Period.of(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 4, 1))));
        assertThat(months).extracting(MonthMargin::month)
                .containsExactly(YearMonth.of(2025, 2), YearMonth.of(2025, 3));
        assertThat(months.get(0).revenue()).isEqualByComparingTo("0");
        assertThat(months.get(1)).isEqualTo(new MonthMargin(YearMonth.of(2025, 3), dec("92.00"), dec("33.00"),
                dec("9.00"), dec("50.00")));
    }

    @Test
    void theLossMakingCustomersAreThoseWithANegativeMargin() {
        List<CustomerLoss> losses = TestData.as(admin, () -> profitability.lossMaking(MARCH, 10));

        assertThat(losses).containsExactly(
                new CustomerLoss(bea.getId(), dec("57.00"), dec("10.00"), dec("-3.00"), dec("50.00")));
    }

    @Test
    void theAggregateFollowsANewPurchaseAndACostChange() {
        // 25 Mar 1 × A at 10.00, cost 8.00 → Ana's margin 12.00 + 2.00 = 14.00 on revenue 45.00, cost 31.00.
        buy(ana, "2025-03-25", CommerceFixtures.line(a, "1", "10.00"));
        TestData.as(admin, analytics::refresh);
        assertThat(TestData.as(admin, () -> profitability.byTier(MARCH)).getFirst())
                .isEqualTo(tier(ValueTier.STRATEGIC, "45.00", "31.00", "14.00", "0.00"));

        // A costs 4.00 from 1 Mar: 10 Mar 2.5 × 4.00 = 10.00 (margin 15.00); 20 and 25 Mar still 8.00 (from 15 Mar)
        // → cost 10.00 + 8.00 + 8.00 = 26.00, margin 45.00 − 26.00 = 19.00.
        cost(a, "2025-03-01", "4.00");
        TestData.as(admin, analytics::refresh);
        assertThat(TestData.as(admin, () -> profitability.byTier(MARCH)).getFirst())
                .isEqualTo(tier(ValueTier.STRATEGIC, "45.00", "26.00", "19.00", "0.00"));
        assertThat(TestData.as(admin, () -> profitability.byProduct(MARCH, 1)).getFirst().margin())
                .isEqualByComparingTo("19.00");
        // The rebuild from scratch agrees with the incremental refresh.
        TestData.as(admin, analytics::rebuild);
        assertThat(TestData.as(admin, () -> profitability.byTier(MARCH)).getFirst())
                .isEqualTo(tier(ValueTier.STRATEGIC, "45.00", "26.00", "19.00", "0.00"));
    }

    @Test
    void anotherWorkspaceSeesNoneOfTheseMargins() {
        SignedInUser other = data.newWorkspace("Otra " + TestData.uniqueSlug("o"));
        TestData.as(other, analytics::rebuild);

        assertThat(TestData.as(other, () -> profitability.byTier(MARCH)))
                .allSatisfy(t -> assertThat(t.revenue()).isEqualByComparingTo("0"));
        assertThat(TestData.as(other, () -> profitability.lossMaking(MARCH, 10))).isEmpty();
    }

    @Test
    void salesMayNotReadProfitability() {
        SignedInUser seller = data.addMember(admin, TestData.uniqueEmail("ventas"), "Vera", Set.of(Role.SALES));

        assertThatThrownBy(() -> TestData.as(seller, () -> profitability.byTier(MARCH)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static TierMargin tier(ValueTier tier, String revenue, String cost, String margin, String withoutCost) {
        return new TierMargin(tier, dec(revenue), dec(cost), dec(margin), dec(withoutCost));
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
