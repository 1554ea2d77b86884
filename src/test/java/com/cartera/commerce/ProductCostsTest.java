package com.cartera.commerce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Product costs by date, and one customer's historical margin computed from them. */
@CarteraIntegrationTest
class ProductCostsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ProductCosts costs;
    @Autowired
    CustomerMargins margins;
    @Autowired
    PurchaseService purchases;

    private TestData data;
    private SignedInUser admin;
    private Product lamp;
    private Product bulb;

    @BeforeEach
    void aCatalogue() {
        data = new TestData(context);
        var fixtures = new CommerceFixtures(context);
        admin = data.newWorkspace("Costes " + TestData.uniqueSlug("c"));
        lamp = fixtures.product(admin, "Lámpara", "LAM", "40.00");
        bulb = fixtures.product(admin, "Bombilla", "BOM", "3.00");
        set(lamp, "2025-01-01", "25.00");
        set(lamp, "2025-06-01", "30.5");
    }

    private ProductCost set(Product product, String from, String cost) {
        return TestData.as(admin, () -> costs.set(product.getId(), LocalDate.parse(from), new BigDecimal(cost)));
    }

    @Test
    void theCostInForceIsTheLatestStartingOnOrBeforeTheDay() {
        assertThat(TestData.as(admin, () -> costs.inForce(lamp.getId(), LocalDate.of(2024, 12, 31)))).isEmpty();
        assertThat(TestData.as(admin, () -> costs.inForce(lamp.getId(), LocalDate.of(2025, 1, 1))).orElseThrow()
                .unitCost()).isEqualByComparingTo("25.00");
        assertThat(TestData.as(admin, () -> costs.inForce(lamp.getId(), LocalDate.of(2025, 5, 31))).orElseThrow()
                .unitCost()).isEqualByComparingTo("25.00");
        assertThat(TestData.as(admin, () -> costs.inForce(lamp.getId(), LocalDate.of(2025, 6, 1))).orElseThrow()
                .unitCost()).isEqualByComparingTo("30.50");
        assertThat(TestData.as(admin, () -> costs.history(lamp.getId()))).extracting(ProductCost::validFrom)
                .containsExactly(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 1, 1));
        assertThat(TestData.as(admin, () -> costs.history(lamp.getId())).getFirst().setBy()).isEqualTo(admin.userId());
    }

    @Test
    void settingACostForTheSameDayReplacesIt() {
        set(lamp, "2025-06-01", "31.00");

        assertThat(TestData.as(admin, () -> costs.history(lamp.getId()))).hasSize(2);
        assertThat(TestData.as(admin, () -> costs.inForce(lamp.getId(), LocalDate.of(2025, 7, 1))).orElseThrow()
                .unitCost()).isEqualByComparingTo("31.00");
    }

    @Test
    void wrongCostsAreRefusedOnTheirField() {
        assertRefused(() -> set(bulb, "2025-01-01", "-0.01"), "unitCost", "product.cost.range");
        assertRefused(() -> set(bulb, "2025-01-01", "0.00001"), "unitCost", "product.cost.scale");
        assertRefused(() -> TestData.as(admin, () -> costs.set(bulb.getId(), LocalDate.of(2025, 1, 1), null)),
                "unitCost", "product.cost.required");
        assertRefused(() -> TestData.as(admin, () -> costs.set(bulb.getId(), null, BigDecimal.ONE)),
                "validFrom", "product.cost.from-required");
        assertRefused(() -> set(bulb, "2999-01-01", "1.00"), "validFrom", "product.cost.from-too-late");
        assertThat(TestData.as(admin, () -> costs.history(bulb.getId()))).isEmpty();
    }

    private static void assertRefused(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(CostRefusedException.class, refused -> {
            assertThat(refused.field()).isEqualTo(field);
            assertThat(refused.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void financeSetsCostsManagementReadsThemSalesNeither() {
        SignedInUser finance = data.addMember(admin, TestData.uniqueEmail("fin"), "Fina", Set.of(Role.FINANCE));
        SignedInUser management = data.addMember(admin, TestData.uniqueEmail("dir"), "Dora", Set.of(Role.MANAGEMENT));
        SignedInUser sales = data.addMember(admin, TestData.uniqueEmail("ven"), "Vera", Set.of(Role.SALES));

        TestData.as(finance, () -> costs.set(bulb.getId(), LocalDate.of(2025, 1, 1), new BigDecimal("1.20")));
        assertThat(TestData.as(management, () -> costs.history(bulb.getId()))).hasSize(1);
        assertThatThrownBy(() -> TestData.as(management,
                () -> costs.set(bulb.getId(), LocalDate.of(2025, 1, 1), BigDecimal.ONE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestData.as(sales, () -> costs.history(bulb.getId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(TestData.as(sales, costs::canSeeCosts)).isFalse();
    }

    @Test
    void anotherWorkspaceCanNeitherReadNorSetTheseCosts() {
        SignedInUser other = data.newWorkspace("Otra " + TestData.uniqueSlug("o"));

        assertThat(TestData.as(other, () -> costs.history(lamp.getId()))).isEmpty();
        assertThat(TestData.as(other, () -> costs.inForce(lamp.getId(), LocalDate.of(2025, 7, 1)))).isEmpty();
        assertThatThrownBy(() -> TestData.as(other,
                () -> costs.set(lamp.getId(), LocalDate.of(2025, 1, 1), BigDecimal.ONE)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(TestData.as(admin, () -> costs.history(lamp.getId()))).hasSize(2);
    }

    @Test
    void aLineMarginIsTheAmountLessQuantityTimesTheCostInForce() {
        // 2.5 × 12.00 = 30.00 less 2.5 × 7.3333 = 18.33325 → 18.33 (half up) = 11.67.
        assertThat(Margins.lineMargin(new BigDecimal("30.00"), new BigDecimal("2.5"), new BigDecimal("7.3333")))
                .hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("11.67"));
        // A discount below cost: 1 × 5.00 against a cost of 6.00 → −1.00.
        assertThat(Margins.lineMargin(new BigDecimal("5.00"), BigDecimal.ONE, new BigDecimal("6.00")))
                .hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("-1.00"));
        // No cost known: no margin at all, never 100 %.
        assertThat(Margins.lineMargin(new BigDecimal("5.00"), BigDecimal.ONE, null)).isEmpty();
    }

    @Test
    void aCustomersHistoricalMarginCountsOnlyLinesWithAKnownCost() {
        Customer ana = data.customer(admin, "Ana", "ana@example.es", LifecycleStage.ACTIVE);
        // 10 May: 2.5 lamps at 40.00 = 100.00, cost 2.5 × 25.00 = 62.50. 10 Jun: 1 lamp at 40.00, cost 30.50.
        // 10 Jun: 4 bulbs at 3.00 = 12.00, no cost known. Revenue 152.00, cost 93.00, margin 140.00 − 93.00 = 47.00,
        // revenue with a known cost 140.00 of 152.00 = 0.9211.
        buy(ana, "2025-05-10", CommerceFixtures.line(lamp, "2.5", "40.00"));
        buy(ana, "2025-06-10", CommerceFixtures.line(lamp, "1", "40.00"), CommerceFixtures.line(bulb, "4", "3.00"));

        CustomerMargin margin = TestData.as(admin, () -> margins.historical(ana.getId()));

        assertThat(margin.revenue()).isEqualByComparingTo("152.00");
        assertThat(margin.cost()).isEqualByComparingTo("93.00");
        assertThat(margin.revenueWithoutCost()).isEqualByComparingTo("12.00");
        assertThat(margin.margin()).isEqualByComparingTo("47.00");
        assertThat(margin.costKnownShare()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.9211"));
        // 47.00 ÷ 140.00 = 0.335714… → 0.3357.
        assertThat(margin.marginRate()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.3357"));
    }

    private void buy(Customer customer, String day, PurchaseDraft.Line... lines) {
        TestData.as(admin, () -> purchases.record(customer.getId(),
                new PurchaseDraft(LocalDate.parse(day), SalesChannel.STORE, null, null, List.of(lines))));
    }
}
