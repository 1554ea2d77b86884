package com.cartera.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CardPositionsTest {

    @Test
    void anEmptyColumnStartsAtOneGap() {
        assertThat(CardPositions.between(null, null)).hasValue(1024.0);
    }

    @Test
    void onTopIsOneGapAboveTheFirstCardAndAtTheBottomOneGapBelowTheLast() {
        assertThat(CardPositions.between(null, 1024.0)).hasValue(0.0);
        assertThat(CardPositions.between(null, -3.5)).hasValue(-1027.5);
        assertThat(CardPositions.between(2048.0, null)).hasValue(3072.0);
    }

    @Test
    void betweenTwoCardsIsTheMidpoint() {
        assertThat(CardPositions.between(1024.0, 2048.0)).hasValue(1536.0);
        assertThat(CardPositions.between(1024.0, 1025.0)).hasValue(1024.5);
        assertThat(CardPositions.between(-1.0, 1.0)).hasValue(0.0);
    }

    @Test
    void neighboursTooCloseAskForTheColumnToBeSpreadOut() {
        assertThat(CardPositions.between(1.0, 1.0)).isEmpty();
        assertThat(CardPositions.between(1.0, 1.0000005)).isEmpty();
        assertThat(CardPositions.between(1.0, 1.000002).getAsDouble()).isCloseTo(1.000001, within(1e-12));
    }

    @Test
    void repeatedMovesIntoTheSameSpotRunOutOfRoomOnlyAfterThirtyHalvings() {
        // Always dropping right below the card at 1024 of a column 1024, 2048: the gap halves each time.
        double above = 1024;
        double below = 2048;
        int moves = 0;
        while (CardPositions.between(above, below).isPresent()) {
            below = CardPositions.between(above, below).getAsDouble();
            moves++;
        }
        // 1024 / 2^n < 1e-6  <=>  n > log2(1.024e9) = 29.93
        assertThat(moves).isEqualTo(30);
    }
}
