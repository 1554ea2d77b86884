package com.cartera.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StageSummaryTest {

    private static PipelineStage stage(int probability) {
        return new PipelineStage(1L, "Propuesta", probability, "#6366f1");
    }

    @Test
    void weightedIsAmountTimesProbabilityToTheCent() {
        assertThat(StageSummary.weighted(new BigDecimal("1000.00"), 25)).isEqualByComparingTo("250.00");
        assertThat(StageSummary.weighted(new BigDecimal("999.99"), 50)).isEqualByComparingTo("500.00"); // 499.995
        assertThat(StageSummary.weighted(new BigDecimal("999.97"), 50)).isEqualByComparingTo("499.99"); // 499.985
        assertThat(StageSummary.weighted(new BigDecimal("12345.67"), 75)).isEqualByComparingTo("9259.25"); // 9259.2525
        assertThat(StageSummary.weighted(new BigDecimal("80.00"), 0)).isEqualByComparingTo("0.00");
        assertThat(StageSummary.weighted(new BigDecimal("80.00"), 100)).isEqualByComparingTo("80.00");
    }

    @Test
    void eachCurrencyIsWeightedApartInTheOrderGiven() {
        var totals = new LinkedHashMap<String, BigDecimal>();
        totals.put("EUR", new BigDecimal("15000.00")); // 6000 + 9000
        totals.put("USD", new BigDecimal("3000.50"));
        var summary = new StageSummary(stage(10), 3, totals);

        assertThat(summary.weightedTotals()).containsExactly(
                Map.entry("EUR", new BigDecimal("1500.00")),
                Map.entry("USD", new BigDecimal("300.05")));
        assertThat(summary.totals().keySet()).containsExactly("EUR", "USD");
    }
}
