package com.cartera.support.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Business time by hand: Madrid, Monday to Friday 09:00–18:00 unless a case says otherwise. */
class BusinessClockTest {

    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    static List<WorkingHours> weekdays(String start, String end) {
        List<WorkingHours> hours = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            hours.add(new WorkingHours(day, LocalTime.parse(start), LocalTime.parse(end)));
        }
        return hours;
    }

    static BusinessClock office(LocalDate... holidays) {
        return new BusinessClock(MADRID, weekdays("09:00", "18:00"), List.of(holidays));
    }

    static Instant madrid(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(MADRID).toInstant();
    }

    @Test
    void twoHoursFromFridayAtFiveAreDueOnMondayAtTen() {
        // 2026-03-06 is a Friday: one hour on Friday, the other on Monday.
        assertThat(office().plus(madrid("2026-03-06T17:00"), Duration.ofHours(2))).isEqualTo(madrid("2026-03-09T10:00"));
        assertThat(office().between(madrid("2026-03-06T17:00"), madrid("2026-03-09T10:00"))).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void aHolidayMondayPushesTheDueToTuesday() {
        BusinessClock clock = office(LocalDate.parse("2026-03-09"));

        assertThat(clock.plus(madrid("2026-03-06T17:00"), Duration.ofHours(2))).isEqualTo(madrid("2026-03-10T10:00"));
        assertThat(clock.between(madrid("2026-03-06T17:00"), madrid("2026-03-10T10:00"))).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void acrossTheSpringDaylightSavingChangeTheDueIsMondayAtTenLocalTime() {
        // Clocks go forward on Sunday 2026-03-29: Friday 17:00 is 16:00 UTC, Monday 10:00 is 08:00 UTC.
        Instant due = office().plus(madrid("2026-03-27T17:00"), Duration.ofHours(2));

        assertThat(due).isEqualTo(madrid("2026-03-30T10:00")).isEqualTo(Instant.parse("2026-03-30T08:00:00Z"));
    }

    @Test
    void aRoundTheClockDeskCountsTheShortDaylightSavingSundayAsTwentyThreeHours() {
        List<WorkingHours> always = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            always.add(new WorkingHours(day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
        }
        BusinessClock clock = new BusinessClock(MADRID, always, List.of());

        assertThat(clock.plus(madrid("2026-03-28T12:00"), Duration.ofHours(24))).isEqualTo(madrid("2026-03-29T13:00"));
        assertThat(clock.between(madrid("2026-03-28T00:00"), madrid("2026-03-30T00:00"))).isEqualTo(Duration.ofHours(47));
    }

    @Test
    void openedOnSaturdayTheClockStartsOnMondayAtNine() {
        // 2026-03-07 is a Saturday.
        assertThat(office().plus(madrid("2026-03-07T11:00"), Duration.ZERO)).isEqualTo(madrid("2026-03-09T09:00"));
        assertThat(office().plus(madrid("2026-03-07T11:00"), Duration.ofHours(2))).isEqualTo(madrid("2026-03-09T11:00"));
        assertThat(office().between(madrid("2026-03-07T11:00"), madrid("2026-03-09T09:00"))).isZero();
    }

    @Test
    void aDueThatEndsWithTheDayIsTheEndOfTheDay() {
        assertThat(office().plus(madrid("2026-03-06T16:00"), Duration.ofHours(2))).isEqualTo(madrid("2026-03-06T18:00"));
    }

    @Test
    void aSplitDaySkipsTheLunchBreak() {
        List<WorkingHours> split = new ArrayList<>(weekdays("09:00", "14:00"));
        split.addAll(weekdays("16:00", "19:00"));
        BusinessClock clock = new BusinessClock(MADRID, split, List.of());

        assertThat(clock.plus(madrid("2026-03-09T13:00"), Duration.ofHours(3))).isEqualTo(madrid("2026-03-09T18:00"));
        assertThat(clock.between(madrid("2026-03-09T13:00"), madrid("2026-03-09T18:00"))).isEqualTo(Duration.ofHours(3));
        assertThat(clock.between(madrid("2026-03-09T00:00"), madrid("2026-03-10T00:00"))).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void aWholeWeekHasFortyFiveBusinessHoursAndTimeBackwardsIsZero() {
        assertThat(office().between(madrid("2026-03-09T00:00"), madrid("2026-03-16T00:00"))).isEqualTo(Duration.ofHours(45));
        assertThat(office().between(madrid("2026-03-10T12:00"), madrid("2026-03-09T12:00"))).isZero();
    }

    @Test
    void aCalendarWithoutHoursOrOverlappingStretchesIsRefused() {
        assertThatThrownBy(() -> new BusinessClock(MADRID, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(18, 0), LocalTime.of(9, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(14, 0))
                .overlaps(new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(19, 0)))).isTrue();
        assertThat(new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(14, 0))
                .overlaps(new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(14, 0), LocalTime.of(19, 0)))).isFalse();
    }
}
