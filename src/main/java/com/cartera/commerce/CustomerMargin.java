package com.cartera.commerce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A customer's historical margin: every purchase line summed.
 *
 * @param revenue            revenue of every line
 * @param cost               cost of the lines whose product had a cost on the purchase day
 * @param revenueWithoutCost revenue of the lines without a known cost (no margin counted for them)
 */
public record CustomerMargin(BigDecimal revenue, BigDecimal cost, BigDecimal revenueWithoutCost) {

    public static final CustomerMargin NONE = new CustomerMargin(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    /** Revenue of the lines with a known cost. */
    public BigDecimal revenueWithCost() {
        return revenue.subtract(revenueWithoutCost);
    }

    /** Revenue of the lines with a known cost minus their cost: historical CLV as margin. */
    public BigDecimal margin() {
        return revenueWithCost().subtract(cost);
    }

    /** The share of revenue whose cost is known, 0..1 to four places; empty without revenue. */
    public Optional<BigDecimal> costKnownShare() {
        return revenue.signum() == 0 ? Optional.empty()
                : Optional.of(revenueWithCost().divide(revenue, 4, RoundingMode.HALF_UP));
    }

    /** Margin over the revenue with a known cost, 0..1 to four places; empty when no revenue has a known cost. */
    public Optional<BigDecimal> marginRate() {
        return revenueWithCost().signum() == 0 ? Optional.empty()
                : Optional.of(margin().divide(revenueWithCost(), 4, RoundingMode.HALF_UP));
    }
}
