package com.cartera.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Business won in a period against the targets of the months it covers, in the workspace currency.
 *
 * @param wonCount opportunities won in the period
 * @param won      their amount
 * @param target   the sum of the targets of the months the period touches; zero when none is set
 */
public record WonVsTarget(long wonCount, BigDecimal won, BigDecimal target, String currency) {

    public boolean hasTarget() {
        return target.signum() > 0;
    }

    /** Won ÷ target (1 = target met), or null without a target. */
    public Double attainment() {
        return hasTarget() ? won.divide(target, 4, RoundingMode.HALF_UP).doubleValue() : null;
    }
}
