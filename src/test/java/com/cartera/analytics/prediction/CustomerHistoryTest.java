package com.cartera.analytics.prediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;

import com.cartera.analytics.prediction.CustomerHistory.Day;
import org.junit.jupiter.api.Test;

/** From purchase days to (x, tx, T, mean repeat value), weeks as days ÷ 7. */
class CustomerHistoryTest {

    private static final LocalDate END = LocalDate.of(1997, 9, 30);

    @Test
    void repeatsRecencyAgeAndMeanRepeatValue() {
        // First 1997-01-01 (30.00), repeats 01-18 (10.00) and 08-02 (20.00); 12-12 is after the calibration end.
        var history = CustomerHistory.of(4, List.of(new Day(LocalDate.of(1997, 1, 1), 30),
                new Day(LocalDate.of(1997, 1, 18), 10), new Day(LocalDate.of(1997, 8, 2), 20),
                new Day(LocalDate.of(1997, 12, 12), 99)), END);
        assertThat(history.x()).isEqualTo(2);
        assertThat(history.tx()).isCloseTo(213 / 7.0, within(1e-12)); // 1 Jan to 2 Aug: 213 days
        assertThat(history.T()).isCloseTo(272 / 7.0, within(1e-12)); // 1 Jan to 30 Sep: 272 days
        assertThat(history.meanRepeatValue()).isCloseTo(15, within(1e-12));
    }

    @Test
    void aSinglePurchaseHasNoRepeatsAndNoneAfterTheEndIsNoHistory() {
        var single = CustomerHistory.of(1, List.of(new Day(LocalDate.of(1997, 9, 30), 5)), END);
        assertThat(single).isEqualTo(new CustomerHistory(1, 0, 0, 0, 0));
        assertThat(CustomerHistory.of(2, List.of(new Day(LocalDate.of(1997, 10, 1), 5)), END)).isNull();
    }
}
