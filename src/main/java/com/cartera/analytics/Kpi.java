package com.cartera.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One figure for a period with the two readings it compares with (DESIGN §5). A reading is {@code null} when it is
 * not available: an empty denominator (no customers at the start, no revenue, no leads ...) or a source that does not
 * exist yet. Rates are fractions (0.25 = 25 %), money in the workspace's currency, counts whole numbers.
 *
 * @param current     the period asked for
 * @param previous    the period just before ({@link Period#previous()})
 * @param yearEarlier the same period a year earlier ({@link Period#yearEarlier()})
 */
public record Kpi(BigDecimal current, BigDecimal previous, BigDecimal yearEarlier) {

    /** Scale of rates and averages. */
    static final int SCALE = 4;

    public static final Kpi NOT_AVAILABLE = new Kpi(null, null, null);

    public boolean available() {
        return current != null;
    }

    /** {@code numerator ÷ denominator}, or not available when the denominator is zero or unknown. */
    static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return null;
        }
        return numerator.divide(denominator, SCALE, RoundingMode.HALF_UP);
    }

    static BigDecimal ratio(long numerator, long denominator) {
        return ratio(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }
}
