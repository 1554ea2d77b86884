package com.cartera.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CustomerFiguresTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

    private static CustomerFigures figures(LocalDate first, LocalDate last, int count, String revenue) {
        return new CustomerFigures(first, last, count, new BigDecimal(revenue), null, null, null, null, ValueTier.LOW,
                false);
    }

    @Test
    void threePurchasesOverSixtyDays() {
        // 1 Jan → 2 Mar 2026 is 31 + 29 = 60 days; two gaps, so 30 days on average; 450 / 3 = 150.
        CustomerFigures figures = figures(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 2), 3, "450.00");

        assertThat(figures.averageDaysBetweenPurchases()).contains(new BigDecimal("30.0"));
        assertThat(figures.averageOrderValue()).contains(new BigDecimal("150.00"));
        assertThat(figures.historicalClv()).isEqualByComparingTo("450");
        // 2 Mar → 1 May: 29 + 30 = 60 days.
        assertThat(figures.daysSinceLastPurchase(TODAY)).hasValue(60);
    }

    @Test
    void averagesRoundHalfUp() {
        // 10 Jan → 20 Jan is 10 days over 3 gaps: 3.33… → 3.3; 100 / 3 = 33.333… → 33.33; 200 / 3 → 66.67.
        CustomerFigures figures = figures(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 20), 4, "100.00");
        assertThat(figures.averageDaysBetweenPurchases()).contains(new BigDecimal("3.3"));
        assertThat(figures(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 20), 3, "100.00").averageOrderValue())
                .contains(new BigDecimal("33.33"));
        assertThat(figures(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 20), 3, "200.00").averageOrderValue())
                .contains(new BigDecimal("66.67"));
        // 13 days over 2 gaps: 6.5 exactly.
        assertThat(figures(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 14), 3, "1.00")
                .averageDaysBetweenPurchases()).contains(new BigDecimal("6.5"));
    }

    @Test
    void aSinglePurchaseHasNoIntervalButAnOrderValue() {
        CustomerFigures figures = figures(LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 1), 1, "80.50");

        assertThat(figures.averageDaysBetweenPurchases()).isEmpty();
        assertThat(figures.averageOrderValue()).contains(new BigDecimal("80.50"));
        // Nov 30 − 1 = 29, Dec 31, Jan 31, Feb 28, Mar 31, Apr 30, +1 into May: 181 days.
        assertThat(figures.daysSinceLastPurchase(TODAY)).hasValue(181);
    }

    @Test
    void noPurchasesGiveNoFiguresAndZeroClv() {
        CustomerFigures figures = figures(null, null, 0, "0");

        assertThat(figures.daysSinceLastPurchase(TODAY)).isEmpty();
        assertThat(figures.averageDaysBetweenPurchases()).isEmpty();
        assertThat(figures.averageOrderValue()).isEmpty();
        assertThat(figures.historicalClv()).isEqualByComparingTo("0");
        assertThat(figures.rfmComputed()).isFalse();
    }

    @Test
    void rfmCountsAsComputedOnlyWithAllThreeScores() {
        assertThat(new CustomerFigures(null, null, 0, BigDecimal.ZERO, (short) 5, (short) 4, (short) 3, "CHAMPIONS",
                ValueTier.KEY, false).rfmComputed()).isTrue();
        assertThat(new CustomerFigures(null, null, 0, BigDecimal.ZERO, (short) 5, null, (short) 3, null,
                ValueTier.KEY, false).rfmComputed()).isFalse();
    }

    @Test
    void aNewCustomerHasZeroFiguresAndNoOverride() {
        CustomerFigures figures = CustomerFigures.of(new Customer());

        assertThat(figures.purchaseCount()).isZero();
        assertThat(figures.revenue()).isEqualByComparingTo("0");
        assertThat(figures.tierOverridden()).isFalse();
    }
}
