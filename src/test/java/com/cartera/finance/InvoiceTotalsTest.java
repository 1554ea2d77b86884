package com.cartera.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Rounding per line, then sums: worked by hand. */
class InvoiceTotalsTest {

    private static InvoiceTotals.LineInput line(String quantity, String price, String discount, String rate) {
        return new InvoiceTotals.LineInput(new BigDecimal(quantity), new BigDecimal(price), new BigDecimal(discount),
                new BigDecimal(rate));
    }

    @Test
    void eachLineIsRoundedBeforeTheSums() {
        // 3 × 3.33 = 9.99, less 10 % = 8.991 → 8.99; IVA 21 % of 8.99 = 1.8879 → 1.89.
        // 1 × 0.05 = 0.05; IVA 10 % = 0.005 → 0.01 (half up).
        // 2.5 × 19.99 = 49.975 → 49.98; exempt.
        InvoiceTotals totals = InvoiceTotals.of(List.of(line("3", "3.33", "10", "21"), line("1", "0.05", "0", "10"),
                line("2.5", "19.99", "0", "0")));
        assertThat(totals.lines()).extracting(InvoiceTotals.Line::net)
                .containsExactly(new BigDecimal("8.99"), new BigDecimal("0.05"), new BigDecimal("49.98"));
        assertThat(totals.lines()).extracting(InvoiceTotals.Line::tax)
                .containsExactly(new BigDecimal("1.89"), new BigDecimal("0.01"), new BigDecimal("0.00"));
        assertThat(totals.subtotal()).isEqualByComparingTo("59.02");
        assertThat(totals.taxTotal()).isEqualByComparingTo("1.90");
        assertThat(totals.total()).isEqualByComparingTo("60.92");
    }

    @Test
    void noLinesMakeAZeroInvoice() {
        assertThat(InvoiceTotals.of(List.of()).total()).isEqualByComparingTo("0.00");
    }
}
