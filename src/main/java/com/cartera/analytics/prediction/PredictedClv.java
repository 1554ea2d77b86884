package com.cartera.analytics.prediction;

/**
 * Predicted customer lifetime value over a number of months, discounted monthly as the lifetimes project's
 * {@code customer_lifetime_value} does: for each month m = 1..n, the purchases expected in that month
 * (E[Y(m·w)] − E[Y((m−1)·w)], w = {@value #WEEKS_PER_MONTH} weeks) times the expected spend per purchase, divided by
 * (1 + d)<sup>m</sup> with d the monthly discount rate.
 */
public final class PredictedClv {

    /** Weeks in an average month, as in lifetimes. */
    public static final double WEEKS_PER_MONTH = 4.345;

    private PredictedClv() {
    }

    public static double of(BgNbd model, CustomerHistory history, double expectedSpend, int months,
                            double monthlyDiscountRate) {
        double clv = 0;
        double before = 0;
        for (int month = 1; month <= months; month++) {
            double upTo = model.expectedPurchases(month * WEEKS_PER_MONTH, history.x(), history.tx(), history.T());
            clv += expectedSpend * (upTo - before) / Math.pow(1 + monthlyDiscountRate, month);
            before = upTo;
        }
        return clv;
    }
}
