package com.cartera.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import com.cartera.commerce.InvalidPurchaseException.Problem;
import org.junit.jupiter.api.Test;

/** Line amounts, purchase totals and the rules for a line, with hand-computed figures. */
class PurchaseAmountsTest {

    private static Product product(String name, String price) {
        var product = new Product();
        product.setName(name);
        product.setUnitPrice(new BigDecimal(price));
        return product;
    }

    @Test
    void aLineIsQuantityTimesPriceRoundedToCentsHalfEven() {
        // 2 × 45.25 = 90.50 exactly.
        assertThat(PurchaseLine.amountOf(new BigDecimal("2"), new BigDecimal("45.25"))).isEqualByComparingTo("90.50");
        // 3 × 0.125 would be 0.375: half-even rounds to the even cent, 0.38 (8 is even).
        assertThat(PurchaseLine.amountOf(new BigDecimal("3"), new BigDecimal("0.125"))).isEqualTo(new BigDecimal("0.38"));
        // 2.5 × 0.25 = 0.625: half-even rounds down to 0.62 (2 is even).
        assertThat(PurchaseLine.amountOf(new BigDecimal("2.5"), new BigDecimal("0.25"))).isEqualTo(new BigDecimal("0.62"));
        // 1.333 kg × 2.99 = 3.98567 → 3.99.
        assertThat(PurchaseLine.amountOf(new BigDecimal("1.333"), new BigDecimal("2.99"))).isEqualTo(new BigDecimal("3.99"));
        // Always two decimals, so that 10 × 3 shows as 30.00.
        assertThat(PurchaseLine.amountOf(BigDecimal.TEN, new BigDecimal("3"))).isEqualTo(new BigDecimal("30.00"));
    }

    @Test
    void theTotalIsTheSumOfTheRoundedLinesAndFollowsRemovals() {
        var purchase = new Purchase(1L, LocalDate.of(2025, 3, 1));
        purchase.addLine(product("Café", "45.25"), new BigDecimal("2"), new BigDecimal("45.25"));
        PurchaseLine tea = purchase.addLine(product("Té", "0.625"), new BigDecimal("1"), new BigDecimal("0.625"));
        purchase.addLine(product("Taza", "30"), BigDecimal.ONE, new BigDecimal("30.00"));
        // 90.50 + 0.62 (0.625 rounded half-even) + 30.00 = 121.12
        assertThat(purchase.getTotal()).isEqualByComparingTo("121.12");
        assertThat(purchase.getLines()).extracting(PurchaseLine::getAmount)
                .containsExactly(new BigDecimal("90.50"), new BigDecimal("0.62"), new BigDecimal("30.00"));

        purchase.removeLine(tea);
        assertThat(purchase.getTotal()).isEqualByComparingTo("120.50");
        assertThat(purchase.getLines()).hasSize(2);
    }

    @Test
    void aGoodLineHasNoProblems() {
        var line = new PurchaseDraft.Line(7L, new BigDecimal("1.5"), new BigDecimal("12.40"));
        assertThat(PurchaseLineRules.problems(0, line, product("Café", "10"), Set.of())).isEmpty();
        // No price: the product's own price counts.
        assertThat(PurchaseLineRules.problems(0, new PurchaseDraft.Line(7L, BigDecimal.ONE, null), product("Café", "10"),
                Set.of())).isEmpty();
    }

    @Test
    void eachWrongValueIsNamedWithItsLineAndField() {
        assertThat(PurchaseLineRules.problems(2, new PurchaseDraft.Line(null, BigDecimal.ZERO, new BigDecimal("-1")),
                null, Set.of())).containsExactly(
                new Problem(2, "product", "purchase.product.required"),
                new Problem(2, "quantity", "purchase.quantity.positive"),
                new Problem(2, "unitPrice", "purchase.price.required"));
        Product coffee = product("Café", "10");
        assertThat(PurchaseLineRules.problems(0, new PurchaseDraft.Line(1L, new BigDecimal("1.2345"),
                new BigDecimal("1.005")), coffee, Set.of())).containsExactly(
                new Problem(0, "quantity", "purchase.quantity.decimals"),
                new Problem(0, "unitPrice", "purchase.price.decimals"));
        // Trailing zeros are not decimals that matter.
        assertThat(PurchaseLineRules.problems(0, new PurchaseDraft.Line(1L, new BigDecimal("2.5000"),
                new BigDecimal("3.1000")), coffee, Set.of())).isEmpty();
        assertThat(PurchaseLineRules.problems(0, new PurchaseDraft.Line(1L, new BigDecimal("1000000000"), null),
                coffee, Set.of())).containsExactly(new Problem(0, "quantity", "purchase.quantity.too-large"));
        // 999,999,999 × 1,001 = 1,000,998,998,999 does not fit numeric(14, 2).
        assertThat(PurchaseLineRules.problems(0, new PurchaseDraft.Line(1L, new BigDecimal("999999999"),
                new BigDecimal("1001")), coffee, Set.of())).containsExactly(
                new Problem(0, "unitPrice", "purchase.amount.too-large"));
    }

    @Test
    void aDeactivatedProductIsRefusedOnNewLines() {
        Product old = product("Modelo antiguo", "5");
        old.setActive(false);
        // A HashSet, since this product has no id (Set.of() refuses to look for null).
        assertThat(PurchaseLineRules.problems(0, new PurchaseDraft.Line(null, BigDecimal.ONE, null), old, new HashSet<>()))
                .containsExactly(new Problem(0, "product", "purchase.product.inactive"));
    }
}
