package com.cartera.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One column's figures, as the board's header shows them: how many cards, their total amount per currency
 * and that total weighted by the stage's probability.
 *
 * @param totals amount per currency code, workspace currency first
 */
public record StageSummary(PipelineStage stage, long count, Map<String, BigDecimal> totals) {

    public StageSummary {
        totals = Collections.unmodifiableMap(new LinkedHashMap<>(totals));
    }

    /** Per currency: total × probability ÷ 100, to the cent. */
    public Map<String, BigDecimal> weightedTotals() {
        var weighted = new LinkedHashMap<String, BigDecimal>();
        totals.forEach((currency, total) -> weighted.put(currency, weighted(total, stage.getProbability())));
        return weighted;
    }

    /** {@code amount × probability %}, rounded half up to the cent. */
    static BigDecimal weighted(BigDecimal amount, int probability) {
        return amount.multiply(BigDecimal.valueOf(probability)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }
}
