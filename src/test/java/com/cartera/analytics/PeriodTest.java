package com.cartera.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Periods and the periods they compare with, worked out by hand on a calendar. */
class PeriodTest {

    private static Period period(String from, String to) {
        return Period.of(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void aMonthComparesWithTheMonthBeforeAndTheSameMonthAYearEarlier() {
        Period march = Period.month(LocalDate.parse("2026-03-17"));
        assertThat(march).isEqualTo(period("2026-03-01", "2026-04-01"));
        assertThat(march.days()).isEqualTo(31);
        assertThat(march.previous()).isEqualTo(period("2026-02-01", "2026-03-01"));
        assertThat(march.yearEarlier()).isEqualTo(period("2025-03-01", "2025-04-01"));
    }

    @Test
    void monthToDateComparesWithTheSameDaysOfTheMonthBefore() {
        // 1–6 December against 1–6 November.
        assertThat(period("2026-12-01", "2026-12-07").previous()).isEqualTo(period("2026-11-01", "2026-11-07"));
        // 1–30 March against all of February (it has no 29th or 30th in 2026).
        assertThat(period("2026-03-01", "2026-03-31").previous()).isEqualTo(period("2026-02-01", "2026-03-01"));
    }

    @Test
    void aQuarterAndTwelveMonthsShiftByTheirWholeLength() {
        assertThat(period("2026-01-01", "2026-04-01").previous()).isEqualTo(period("2025-10-01", "2026-01-01"));
        Period lastTwelve = period("2025-12-01", "2026-12-01");
        assertThat(lastTwelve.previous()).isEqualTo(period("2024-12-01", "2025-12-01"));
        assertThat(lastTwelve.yearEarlier()).isEqualTo(lastTwelve.previous());
    }

    @Test
    void aYearEarlierOfALeapDayPeriodEndsOnTheFirstOfMarch() {
        assertThat(period("2024-03-01", "2025-03-01").yearEarlier()).isEqualTo(period("2023-03-01", "2024-03-01"));
        // 1–28 February 2024 against 1–28 February 2023, which is all of it.
        assertThat(period("2024-02-01", "2024-02-29").yearEarlier()).isEqualTo(period("2023-02-01", "2023-03-01"));
    }

    @Test
    void otherPeriodsCompareWithAsManyDaysJustBefore() {
        // 10–19 June (10 days) against 31 May – 9 June.
        assertThat(period("2026-06-10", "2026-06-20").previous()).isEqualTo(period("2026-05-31", "2026-06-10"));
    }

    @Test
    void daysAreHalfOpen() {
        Period june = Period.month(LocalDate.parse("2026-06-01"));
        assertThat(june.contains(LocalDate.parse("2026-06-01"))).isTrue();
        assertThat(june.contains(LocalDate.parse("2026-06-30"))).isTrue();
        assertThat(june.contains(LocalDate.parse("2026-07-01"))).isFalse();
        assertThat(june.lastDay()).isEqualTo(LocalDate.parse("2026-06-30"));
        assertThatThrownBy(() -> period("2026-06-01", "2026-06-01")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theNextPeriodOfTheLaggedViewHasTheSameLength() {
        // A quarter of whole months is followed by the next quarter; 10 days by the next 10.
        assertThat(period("2025-01-01", "2025-04-01").next()).isEqualTo(period("2025-04-01", "2025-07-01"));
        assertThat(Period.month(LocalDate.parse("2025-01-01")).next()).isEqualTo(period("2025-02-01", "2025-03-01"));
        assertThat(period("2026-06-10", "2026-06-20").next()).isEqualTo(period("2026-06-20", "2026-06-30"));
    }
}
