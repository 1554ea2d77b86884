package com.cartera.analytics.ui;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Arrays;
import java.util.Optional;

import com.cartera.analytics.Period;

/**
 * The periods a dashboard offers, computed from today in the workspace's zone. Periods running up to today
 * include today ("so far"), so they compare with the same stretch of earlier periods ({@link Period#previous()}).
 */
public enum PeriodPreset {
    THIS_MONTH("this-month"),
    LAST_MONTH("last-month"),
    THIS_QUARTER("this-quarter"),
    YEAR_TO_DATE("year-to-date"),
    LAST_12_MONTHS("last-12-months"),
    CUSTOM("custom");

    private final String slug;

    PeriodPreset(String slug) {
        this.slug = slug;
    }

    /** How the preset is written in the URL, e.g. {@code last-12-months}. */
    public String slug() {
        return slug;
    }

    public String titleKey() {
        return "period.preset." + slug;
    }

    public static Optional<PeriodPreset> ofSlug(String slug) {
        return Arrays.stream(values()).filter(preset -> preset.slug.equals(slug)).findFirst();
    }

    /**
     * The period this preset stands for on {@code today}; last 12 months are the eleven whole months before this
     * one and this month so far. Custom periods have no computed value.
     */
    public Period period(LocalDate today) {
        LocalDate tomorrow = today.plusDays(1);
        LocalDate firstOfMonth = today.withDayOfMonth(1);
        return switch (this) {
            case THIS_MONTH -> Period.of(firstOfMonth, tomorrow);
            case LAST_MONTH -> Period.of(firstOfMonth.minusMonths(1), firstOfMonth);
            case THIS_QUARTER -> Period.of(today.with(IsoFields.DAY_OF_QUARTER, 1), tomorrow);
            case YEAR_TO_DATE -> Period.of(today.withDayOfYear(1), tomorrow);
            case LAST_12_MONTHS -> Period.of(firstOfMonth.minusMonths(11), tomorrow);
            case CUSTOM -> throw new IllegalStateException("A custom period is chosen, not computed");
        };
    }
}
