package com.cartera.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Revenue, cost and margin summed over purchase lines. {@code margin} is revenue of the lines with a known cost
 * minus their cost; {@code revenueWithoutCost} is the revenue of lines whose product had no cost on the purchase day
 * (no margin counted for it).
 */
public interface MarginFigures {

    BigDecimal revenue();

    BigDecimal cost();

    BigDecimal margin();

    BigDecimal revenueWithoutCost();

    /** Margin over the revenue with a known cost, 0..1 to four places; null when none has a known cost. */
    default BigDecimal marginRate() {
        BigDecimal costed = revenue().subtract(revenueWithoutCost());
        return costed.signum() == 0 ? null : margin().divide(costed, 4, RoundingMode.HALF_UP);
    }
}
