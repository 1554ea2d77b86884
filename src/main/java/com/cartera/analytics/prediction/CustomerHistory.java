package com.cartera.analytics.prediction;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * One customer's purchase history as the models read it, at a calibration end: repeat purchases {@code x} (distinct
 * purchase days after the first), recency {@code tx} (first to last purchase day) and age {@code T} (first purchase
 * day to the calibration end), both in weeks as days ÷ 7, and the mean value of the repeat purchase days (0 without
 * repeats).
 */
public record CustomerHistory(long customerId, int x, double tx, double T, double meanRepeatValue) {

    static final double DAYS_PER_WEEK = 7.0;

    /** One purchase day of a customer: the day and the total bought on it. */
    public record Day(LocalDate day, double amount) {
    }

    /**
     * The history of a customer from their purchase days, oldest first, one per day; days after {@code calibrationEnd}
     * are left out.
     *
     * @return null when the customer bought nothing up to {@code calibrationEnd}
     */
    public static CustomerHistory of(long customerId, List<Day> days, LocalDate calibrationEnd) {
        LocalDate first = null;
        LocalDate last = null;
        int repeats = -1;
        double repeatTotal = 0;
        for (Day day : days) {
            if (day.day().isAfter(calibrationEnd)) {
                break;
            }
            if (first == null) {
                first = day.day();
            } else {
                repeatTotal += day.amount();
            }
            last = day.day();
            repeats++;
        }
        if (first == null) {
            return null;
        }
        return new CustomerHistory(customerId, repeats, weeks(first, last), weeks(first, calibrationEnd),
                repeats == 0 ? 0 : repeatTotal / repeats);
    }

    private static double weeks(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) / DAYS_PER_WEEK;
    }
}
