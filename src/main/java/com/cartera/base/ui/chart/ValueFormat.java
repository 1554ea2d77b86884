package com.cartera.base.ui.chart;

import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

import tools.jackson.databind.node.ObjectNode;

/**
 * How a chart's numbers are written: plain numbers, shares (0 to 1) as percentages, or money in a currency,
 * always in the UI language ("1.234,5 €" in Spanish). The same format is written on the server (tiles,
 * labels) and in the browser (axis ticks, tooltips, through {@code Intl.NumberFormat}), so both read alike.
 */
public record ValueFormat(Style style, String currency, int fractionDigits) {

    public enum Style { NUMBER, PERCENT, CURRENCY }

    public ValueFormat {
        if (style == null) {
            throw new IllegalArgumentException("A value format needs a style");
        }
        if (style == Style.CURRENCY) {
            if (currency == null) {
                throw new IllegalArgumentException("A money format needs a currency code");
            }
            Currency.getInstance(currency);
        }
        if (fractionDigits < 0 || fractionDigits > 6) {
            throw new IllegalArgumentException("Fraction digits go from 0 to 6, not " + fractionDigits);
        }
    }

    public static ValueFormat integer() {
        return new ValueFormat(Style.NUMBER, null, 0);
    }

    public static ValueFormat number(int fractionDigits) {
        return new ValueFormat(Style.NUMBER, null, fractionDigits);
    }

    /** Shares from 0 to 1, written as percentages: 0.345 is "34,5 %" with one fraction digit. */
    public static ValueFormat percent(int fractionDigits) {
        return new ValueFormat(Style.PERCENT, null, fractionDigits);
    }

    /** Money in the ISO 4217 currency {@code currency}, e.g. "EUR". */
    public static ValueFormat money(String currency, int fractionDigits) {
        return new ValueFormat(Style.CURRENCY, currency, fractionDigits);
    }

    public String format(Number value, Locale locale) {
        return value == null ? "–" : javaFormat(locale).format(value.doubleValue());
    }

    private NumberFormat javaFormat(Locale locale) {
        NumberFormat format = switch (style) {
            case NUMBER -> NumberFormat.getNumberInstance(locale);
            case PERCENT -> NumberFormat.getPercentInstance(locale);
            case CURRENCY -> {
                var money = NumberFormat.getCurrencyInstance(locale);
                money.setCurrency(Currency.getInstance(currency));
                yield money;
            }
        };
        format.setGroupingUsed(true);
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        return format;
    }

    /** The browser-side formatter for values in labels and tooltips. */
    ObjectNode formatter(Locale locale) {
        return Json.formatter(Json.object().put("locale", locale.toLanguageTag()).set("number", intl(false)));
    }

    /**
     * The browser-side formatter for the ticks of a value axis: large numbers and money short ("1,2 mil €"),
     * so the ticks fit on a phone.
     */
    ObjectNode axisFormatter(Locale locale) {
        return Json.formatter(Json.object().put("locale", locale.toLanguageTag()).set("number", intl(true)));
    }

    /** Options of {@code Intl.NumberFormat} that write like {@link #format}. */
    private ObjectNode intl(boolean compact) {
        var options = Json.object().put("useGrouping", "always");
        switch (style) {
            case NUMBER -> options.put("style", "decimal");
            case PERCENT -> options.put("style", "percent");
            case CURRENCY -> options.put("style", "currency").put("currency", currency);
        }
        if (compact && style != Style.PERCENT) {
            options.put("notation", "compact").put("maximumFractionDigits", 1);
        } else {
            options.put("minimumFractionDigits", compact ? 0 : fractionDigits).put("maximumFractionDigits", fractionDigits);
        }
        return options;
    }
}
