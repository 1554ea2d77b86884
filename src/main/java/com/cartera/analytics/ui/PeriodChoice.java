package com.cartera.analytics.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.cartera.analytics.Period;
import com.vaadin.flow.router.QueryParameters;

/**
 * The period a dashboard shows, as kept in its URL so that a link shows the same figures: a preset
 * ({@code ?period=last-12-months}) or chosen days, both ends included ({@code ?from=2026-01-01&to=2026-06-30}).
 * Anything else in the URL (an unknown preset, a broken date, an end before the start, a span over
 * {@value #MAX_YEARS} years) falls back to the dashboard's default.
 */
public record PeriodChoice(PeriodPreset preset, Period period) {

    static final String PERIOD = "period";
    static final String FROM = "from";
    static final String TO = "to";
    /** Longest custom span read from a URL. */
    static final int MAX_YEARS = 10;

    public static PeriodChoice of(PeriodPreset preset, LocalDate today) {
        return new PeriodChoice(preset, preset.period(today));
    }

    /** Chosen days, {@code first} to {@code last} both included. */
    public static PeriodChoice custom(LocalDate first, LocalDate last) {
        return new PeriodChoice(PeriodPreset.CUSTOM, Period.of(first, last.plusDays(1)));
    }

    /** Reads the URL's period, or the default preset when it holds none or a bad one. */
    public static PeriodChoice read(QueryParameters parameters, LocalDate today, PeriodPreset fallback) {
        return parse(parameters.getParameters(), today).orElseGet(() -> of(fallback, today));
    }

    private static Optional<PeriodChoice> parse(Map<String, List<String>> parameters, LocalDate today) {
        Optional<String> from = single(parameters, FROM);
        Optional<String> to = single(parameters, TO);
        if (from.isPresent() && to.isPresent()) {
            try {
                LocalDate first = LocalDate.parse(from.get());
                LocalDate last = LocalDate.parse(to.get());
                if (last.isBefore(first) || first.plusYears(MAX_YEARS).isBefore(last)) {
                    return Optional.empty();
                }
                return Optional.of(custom(first, last));
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
        return single(parameters, PERIOD).flatMap(PeriodPreset::ofSlug)
                .filter(preset -> preset != PeriodPreset.CUSTOM)
                .map(preset -> of(preset, today));
    }

    private static Optional<String> single(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        return values.size() == 1 ? Optional.of(values.getFirst()) : Optional.empty();
    }

    /** The URL's query parameters for this choice. */
    public QueryParameters toQueryParameters() {
        if (preset == PeriodPreset.CUSTOM) {
            return QueryParameters.simple(Map.of(FROM, period.from().toString(), TO, period.lastDay().toString()));
        }
        return QueryParameters.of(PERIOD, preset.slug());
    }

    /** The days included, e.g. "1 ene 2026 – 30 jun 2026". */
    public String daysText(Locale locale) {
        return days(period, locale);
    }

    /** The days of {@code period}, first and last both included. */
    public static String days(Period period, Locale locale) {
        var format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        return period.from().format(format) + " – " + period.lastDay().format(format);
    }
}
