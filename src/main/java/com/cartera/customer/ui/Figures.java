package com.cartera.customer.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Money in the workspace currency and shares as percentages, written for the UI language. */
final class Figures {

    private Figures() {
    }

    static String money(BigDecimal amount, String currencyCode, Locale locale) {
        var format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(currencyCode));
        return format.format(amount);
    }

    /** A share from 0 to 1 as a percentage with one decimal, e.g. 0.345455 as "34,5 %" in Spanish. */
    static String percent(double share, Locale locale) {
        var format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }

    /** A share from 0 to 1 as a whole percentage, e.g. 0.2 as "20 %" in Spanish. */
    static String wholePercent(double share, Locale locale) {
        return NumberFormat.getPercentInstance(locale).format(share);
    }

    static String percent(BigDecimal share, Locale locale) {
        return percent(share.doubleValue(), locale);
    }

    static String count(long count, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(count);
    }
}
