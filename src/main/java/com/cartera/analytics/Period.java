package com.cartera.analytics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A reporting period: the days from {@code from} up to, not including, {@code to}, read in the workspace's zone
 * (DESIGN §5). Periods that start on the first of a month compare with the same stretch of earlier months (this
 * month so far against last month up to the same day); others with as many days just before.
 */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new IllegalArgumentException("A period needs from before to, got " + from + " to " + to);
        }
    }

    public static Period of(LocalDate from, LocalDate to) {
        return new Period(from, to);
    }

    /** The period of one month. */
    public static Period month(LocalDate anyDayOfIt) {
        LocalDate first = anyDayOfIt.withDayOfMonth(1);
        return new Period(first, first.plusMonths(1));
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && day.isBefore(to);
    }

    /** The last day of the period. */
    public LocalDate lastDay() {
        return to.minusDays(1);
    }

    /** The period just before, to compare with. */
    public Period previous() {
        if (from.getDayOfMonth() == 1) {
            long months = monthsSpanned();
            return new Period(from.minusMonths(months), shiftBack(to, months));
        }
        return new Period(from.minusDays(days()), from);
    }

    /**
     * The period just after, of the same length: whole months after a period of whole months, otherwise as many
     * days (the lagged view of CAC reads the customers won in it).
     */
    public Period next() {
        if (from.getDayOfMonth() == 1 && to.getDayOfMonth() == 1) {
            return new Period(to, to.plusMonths(ChronoUnit.MONTHS.between(from, to)));
        }
        return new Period(to, to.plusDays(days()));
    }

    /** The same period a year earlier. */
    public Period yearEarlier() {
        return new Period(from.minusYears(1), shiftBack(to, 12));
    }

    /** Whole or started months from {@code from} to {@code to}. */
    private long monthsSpanned() {
        long whole = ChronoUnit.MONTHS.between(from, to);
        return from.plusMonths(whole).isBefore(to) ? whole + 1 : whole;
    }

    /**
     * Moves an exclusive end back by whole months: the first of a month stays the first of a month; otherwise the
     * last day moves, so that March up to the 30th compares with all of February.
     */
    private static LocalDate shiftBack(LocalDate end, long months) {
        return end.getDayOfMonth() == 1 ? end.minusMonths(months) : end.minusDays(1).minusMonths(months).plusDays(1);
    }
}
