package com.cartera.support;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Customer satisfaction of a set of surveys (DESIGN §5): CSAT = ratings of 4 or 5 ÷ all ratings, always read with
 * the response rate = ratings ÷ surveys sent. Rates are fractions (0.5 = 50 %), {@code null} when their denominator
 * is zero, never an average of scores.
 *
 * @param sent      surveys sent (by mail, or asked by phone)
 * @param answered  of them, answered with a rating
 * @param satisfied of them, rated 4 or 5
 */
public record Csat(long sent, long answered, long satisfied) {

    public static final Csat NONE = new Csat(0, 0, 0);

    private static final int SCALE = 4;

    /** Ratings of 4 or 5 ÷ ratings; null without ratings. */
    public BigDecimal score() {
        return ratio(satisfied, answered);
    }

    /** Ratings ÷ surveys sent; null without surveys. */
    public BigDecimal responseRate() {
        return ratio(answered, sent);
    }

    private static BigDecimal ratio(long numerator, long denominator) {
        return denominator == 0 ? null
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), SCALE, RoundingMode.HALF_UP);
    }
}
