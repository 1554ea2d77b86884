package com.cartera.analytics.prediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The BG/NBD formulas on cases worked by hand, and the paper's worked example. */
class BgNbdTest {

    /** r = 1, α = 2, a = 1, b = 2: every Γ and B below is of whole numbers. */
    private static final BgNbd ROUND = new BgNbd(1, 2, 1, 2);

    /** The parameters Fader, Hardie and Lee (2005) fit on CDNOW. */
    private static final BgNbd PUBLISHED = new BgNbd(0.243, 4.414, 0.793, 2.426);

    @Test
    void logLikelihoodOfOneRepeatBuyer() {
        // x = 2, tx = 3, T = 5:
        //   B(1,4)/B(1,2) · Γ(3)·2¹/(Γ(1)·7³) = (1/4)/(1/2) · 4/343 = 2/343
        // + B(2,3)/B(1,2) · Γ(3)·2¹/(Γ(1)·5³) = (1/12)/(1/2) · 4/125 = 2/375
        // ln(2/343 + 2/375) = ln(0.0111642...) = −4.495040
        assertThat(ROUND.logLikelihood(2, 3, 5)).isCloseTo(Math.log(2.0 / 343 + 2.0 / 375), within(1e-12));
        assertThat(ROUND.logLikelihood(2, 3, 5)).isCloseTo(-4.495040, within(1e-6));
    }

    @Test
    void logLikelihoodWithoutRepeatsHasOnlyTheAliveTerm() {
        // x = 0, T = 5: B(1,2)/B(1,2) · Γ(1)·2/(Γ(1)·7¹) = 2/7
        assertThat(ROUND.logLikelihood(0, 0, 5)).isCloseTo(Math.log(2.0 / 7), within(1e-12));
    }

    @Test
    void probabilityAliveIsTheShareOfTheAliveTerm() {
        // 1 / (1 + a/(b+x−1) · ((α+T)/(α+tx))^(r+x)) = 1 / (1 + 1/3 · (7/5)³) = 375/718
        assertThat(ROUND.probabilityAlive(2, 3, 5)).isCloseTo(375.0 / 718, within(1e-12));
        assertThat(ROUND.probabilityAlive(0, 0, 5)).isEqualTo(1);
        // Bought last right at the end of the window: nothing says they left.
        assertThat(PUBLISHED.probabilityAlive(3, 20, 20)).isGreaterThan(PUBLISHED.probabilityAlive(3, 5, 20));
    }

    @Test
    void expectedPurchasesOfANewCustomer() {
        // r = 1, α = 1, a = 2, b = 1, x = 0, T = 0, t = 1: (a+b−1)/(a−1) · [1 − (1/2)¹ · 2F1(1,1;2;1/2)]
        // and 2F1(1,1;2;z) = −ln(1−z)/z = 2 ln 2, so E = 2 · (1 − ln 2) = 0.613706
        var model = new BgNbd(1, 1, 2, 1);
        assertThat(model.expectedPurchases(1, 0, 0, 0)).isCloseTo(2 * (1 - Math.log(2)), within(1e-10));
        assertThat(model.expectedPurchases(0, 0, 0, 0)).isZero();
    }

    @Test
    void expectedPurchasesOfThePapersExampleCustomer() {
        // FHL 2005: x = 2, tx = 30.43, T = 38.86 expects 1.226 purchases in the next 39 weeks.
        assertThat(PUBLISHED.expectedPurchases(39, 2, 30.43, 38.86)).isCloseTo(1.226, within(0.0005));
    }

    @Test
    void fitRecoversTheParametersItWasGivenTheMaximumOf() {
        // The likelihood at the fitted point is at least that at the published one.
        var histories = CdnowFitTest.histories();
        double atPublished = histories.stream()
                .mapToDouble(h -> PUBLISHED.logLikelihood(h.x(), h.tx(), h.T())).sum();
        assertThat(BgNbd.fit(histories).logLikelihood()).isGreaterThanOrEqualTo(atPublished);
        assertThat(atPublished).isCloseTo(-9582.4, within(0.1));
    }
}
