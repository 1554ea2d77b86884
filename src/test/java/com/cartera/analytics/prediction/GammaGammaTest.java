package com.cartera.analytics.prediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The Gamma-Gamma formulas on cases worked by hand. */
class GammaGammaTest {

    @Test
    void logLikelihoodOfOneRepeatBuyer() {
        // p = 1, q = 2, γ = 1, x = 1, m = 1:
        // ln Γ(3) − ln Γ(1) − ln Γ(2) + 2 ln 1 + 0 · ln 1 + 1 · ln 1 − 3 ln 2 = ln 2 − 3 ln 2 = −2 ln 2
        assertThat(new GammaGamma(1, 2, 1).logLikelihood(1, 1)).isCloseTo(-2 * Math.log(2), within(1e-12));
    }

    @Test
    void expectedSpendLeansFromThePopulationMeanTowardsTheCustomersOwn() {
        var model = new GammaGamma(2, 3, 4);
        // Population mean γp/(q−1) = 4·2/2 = 4.
        assertThat(model.expectedSpend(0, 0)).isCloseTo(4, within(1e-12));
        // x = 2, m = 10: (4 + 20) · 2 / (4 + 3 − 1) = 48/6 = 8
        assertThat(model.expectedSpend(2, 10)).isCloseTo(8, within(1e-12));
        // The more repeats, the closer to the customer's own 10: x = 20: (4 + 200)·2/(40 + 2) = 9.714…
        assertThat(model.expectedSpend(20, 10)).isCloseTo(408.0 / 42, within(1e-12));
    }
}
