package com.cartera.analytics;

import java.math.BigDecimal;

import com.cartera.customer.ValueTier;

/** The margin of the customers of one value tier (their tier as of the last refresh) in a period. */
public record TierMargin(ValueTier tier, BigDecimal revenue, BigDecimal cost, BigDecimal margin,
                         BigDecimal revenueWithoutCost) implements MarginFigures {
}
