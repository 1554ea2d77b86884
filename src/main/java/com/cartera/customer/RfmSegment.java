package com.cartera.customer;

/**
 * Named RFM segments from the recency and frequency scores, after the widely used R×F segment map
 * (Guillaume Martin, "RFM segmentation"; the same grid as Putler's RFM segments collapsed to R and F):
 *
 * <pre>
 *          F=1             F=2                  F=3                  F=4                 F=5
 * R=5   NEW_CUSTOMERS   POTENTIAL_LOYALISTS  POTENTIAL_LOYALISTS  CHAMPIONS           CHAMPIONS
 * R=4   PROMISING       POTENTIAL_LOYALISTS  POTENTIAL_LOYALISTS  LOYAL_CUSTOMERS     LOYAL_CUSTOMERS
 * R=3   ABOUT_TO_SLEEP  ABOUT_TO_SLEEP       NEED_ATTENTION       LOYAL_CUSTOMERS     LOYAL_CUSTOMERS
 * R=2   HIBERNATING     HIBERNATING          AT_RISK              AT_RISK             CANT_LOSE
 * R=1   HIBERNATING     HIBERNATING          AT_RISK              AT_RISK             CANT_LOSE
 * </pre>
 *
 * The enum's name is what {@code customer.rfm_segment} stores.
 */
public enum RfmSegment {
    CHAMPIONS, LOYAL_CUSTOMERS, POTENTIAL_LOYALISTS, NEW_CUSTOMERS, PROMISING, NEED_ATTENTION, ABOUT_TO_SLEEP,
    AT_RISK, CANT_LOSE, HIBERNATING;

    /**
     * The segment of a customer with recency score {@code r} and frequency score {@code f}.
     *
     * @throws IllegalArgumentException when a score is outside 1..5
     */
    public static RfmSegment of(int r, int f) {
        if (r < 1 || r > 5 || f < 1 || f > 5) {
            throw new IllegalArgumentException("RFM scores run from 1 to 5, not R=" + r + " F=" + f);
        }
        if (r <= 2) {
            return f <= 2 ? HIBERNATING : f <= 4 ? AT_RISK : CANT_LOSE;
        }
        if (r == 3) {
            return f <= 2 ? ABOUT_TO_SLEEP : f == 3 ? NEED_ATTENTION : LOYAL_CUSTOMERS;
        }
        if (f == 1) {
            return r == 4 ? PROMISING : NEW_CUSTOMERS;
        }
        if (f <= 3) {
            return POTENTIAL_LOYALISTS;
        }
        return r == 4 ? LOYAL_CUSTOMERS : CHAMPIONS;
    }
}
