package com.cartera.support.sla;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * One stretch of business hours on a weekday, in the workspace's zone; a split day has several. An end of
 * {@link LocalTime#MIDNIGHT} means the end of the day.
 */
public record WorkingHours(DayOfWeek day, LocalTime start, LocalTime end) {

    public WorkingHours {
        if (day == null || start == null || end == null) {
            throw new IllegalArgumentException("day, start and end are required");
        }
        if (!endsAtMidnight(end) && !end.isAfter(start)) {
            throw new IllegalArgumentException("end must be after start: " + start + "-" + end);
        }
    }

    /** Whether the stretch runs to the end of the day. */
    public boolean endsAtMidnight() {
        return endsAtMidnight(end);
    }

    /** Whether this stretch and {@code other}, on the same day, share any minute. */
    public boolean overlaps(WorkingHours other) {
        return day == other.day && start.isBefore(other.endOrDayEnd()) && other.start.isBefore(endOrDayEnd());
    }

    private LocalTime endOrDayEnd() {
        return endsAtMidnight() ? LocalTime.MAX : end;
    }

    private static boolean endsAtMidnight(LocalTime end) {
        return end.equals(LocalTime.MIDNIGHT);
    }
}
