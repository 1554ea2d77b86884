package com.cartera.analytics.prediction;

/**
 * Gauss's hypergeometric function 2F1(a, b; c; z) for 0 ≤ z &lt; 1 by its power series, which is what the BG/NBD
 * expected-purchases formula needs. Commons Math has no 2F1; the series converges there (its terms shrink by about
 * z each), so it is summed until a term no longer changes the sum.
 */
final class Hypergeometric {

    private static final int MAX_TERMS = 1_000_000;
    private static final double TOLERANCE = 1e-14;

    private Hypergeometric() {
    }

    static double f21(double a, double b, double c, double z) {
        if (z < 0 || z >= 1) {
            throw new IllegalArgumentException("2F1 is summed for 0 <= z < 1 only, not z = " + z);
        }
        double term = 1;
        double sum = 1;
        for (int n = 0; n < MAX_TERMS; n++) {
            term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            sum += term;
            if (Math.abs(term) <= TOLERANCE * Math.abs(sum)) {
                return sum;
            }
        }
        throw new ArithmeticException("2F1(" + a + ", " + b + "; " + c + "; " + z + ") did not converge");
    }
}
