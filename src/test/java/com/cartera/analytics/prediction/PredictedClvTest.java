package com.cartera.analytics.prediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The monthly discounted CLV. */
class PredictedClvTest {

    private static final BgNbd MODEL = new BgNbd(0.243, 4.414, 0.793, 2.426);
    private static final CustomerHistory CUSTOMER = new CustomerHistory(1, 2, 30.43, 38.86, 25);

    @Test
    void withoutDiscountItIsExpectedPurchasesTimesSpend() {
        double purchases = MODEL.expectedPurchases(12 * PredictedClv.WEEKS_PER_MONTH, 2, 30.43, 38.86);
        assertThat(PredictedClv.of(MODEL, CUSTOMER, 30, 12, 0)).isCloseTo(30 * purchases, within(1e-9));
    }

    @Test
    void eachMonthsPurchasesAreDiscountedByTheirMonth() {
        // One month at 1 %: spend · E[Y(4.345)] / 1.01
        double first = MODEL.expectedPurchases(PredictedClv.WEEKS_PER_MONTH, 2, 30.43, 38.86);
        assertThat(PredictedClv.of(MODEL, CUSTOMER, 30, 1, 0.01)).isCloseTo(30 * first / 1.01, within(1e-12));
        // Two months: + spend · (E[Y(8.69)] − E[Y(4.345)]) / 1.01²
        double second = MODEL.expectedPurchases(2 * PredictedClv.WEEKS_PER_MONTH, 2, 30.43, 38.86) - first;
        assertThat(PredictedClv.of(MODEL, CUSTOMER, 30, 2, 0.01))
                .isCloseTo(30 * first / 1.01 + 30 * second / (1.01 * 1.01), within(1e-12));
    }
}
