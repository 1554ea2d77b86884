package com.cartera.analytics;

import java.math.BigDecimal;

/** A customer whose margin in a period is negative: sold below cost, or discounts in the price. */
public record CustomerLoss(long customerId, BigDecimal revenue, BigDecimal cost, BigDecimal margin,
                           BigDecimal revenueWithoutCost) implements MarginFigures {
}
