package com.cartera.analytics;

import java.math.BigDecimal;

/** The margin of one product's lines in a period. */
public record ProductMargin(long productId, BigDecimal revenue, BigDecimal cost, BigDecimal margin,
                            BigDecimal revenueWithoutCost) implements MarginFigures {
}
