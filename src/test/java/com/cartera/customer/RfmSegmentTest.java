package com.cartera.customer;

import static com.cartera.customer.RfmSegment.ABOUT_TO_SLEEP;
import static com.cartera.customer.RfmSegment.AT_RISK;
import static com.cartera.customer.RfmSegment.CANT_LOSE;
import static com.cartera.customer.RfmSegment.CHAMPIONS;
import static com.cartera.customer.RfmSegment.HIBERNATING;
import static com.cartera.customer.RfmSegment.LOYAL_CUSTOMERS;
import static com.cartera.customer.RfmSegment.NEED_ATTENTION;
import static com.cartera.customer.RfmSegment.NEW_CUSTOMERS;
import static com.cartera.customer.RfmSegment.POTENTIAL_LOYALISTS;
import static com.cartera.customer.RfmSegment.PROMISING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RfmSegmentTest {

    /** The published R×F map, written out by hand: row R=5 first, columns F=1..5. */
    private static final RfmSegment[][] MAP = {
            {NEW_CUSTOMERS, POTENTIAL_LOYALISTS, POTENTIAL_LOYALISTS, CHAMPIONS, CHAMPIONS},
            {PROMISING, POTENTIAL_LOYALISTS, POTENTIAL_LOYALISTS, LOYAL_CUSTOMERS, LOYAL_CUSTOMERS},
            {ABOUT_TO_SLEEP, ABOUT_TO_SLEEP, NEED_ATTENTION, LOYAL_CUSTOMERS, LOYAL_CUSTOMERS},
            {HIBERNATING, HIBERNATING, AT_RISK, AT_RISK, CANT_LOSE},
            {HIBERNATING, HIBERNATING, AT_RISK, AT_RISK, CANT_LOSE},
    };

    @Test
    void everyCellOfTheGridHasItsPublishedSegment() {
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                assertThat(RfmSegment.of(r, f)).as("R=%d F=%d", r, f).isEqualTo(MAP[5 - r][f - 1]);
            }
        }
    }

    @Test
    void everySegmentOccursInTheGrid() {
        Set<RfmSegment> seen = EnumSet.noneOf(RfmSegment.class);
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                seen.add(RfmSegment.of(r, f));
            }
        }
        assertThat(seen).containsExactlyInAnyOrder(RfmSegment.values());
    }

    @Test
    void storedNamesFitTheColumn() {
        for (RfmSegment segment : RfmSegment.values()) {
            assertThat(segment.name().length()).as(segment.name()).isLessThanOrEqualTo(20);
        }
    }

    @ParameterizedTest
    @CsvSource({"0, 3", "6, 3", "3, 0", "3, 6"})
    void scoresOutsideOneToFiveAreRefused(int r, int f) {
        assertThatThrownBy(() -> RfmSegment.of(r, f)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("R=" + r + " F=" + f);
    }
}
