package com.cartera.analytics.prediction.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.cartera.analytics.prediction.ChurnRisk.Reason;
import com.vaadin.flow.component.Component;

/** How predictions read on screen: reasons in words, percentages, money and model figures. */
final class PredictionFormat {

    private PredictionFormat() {
    }

    /** The reasons joined by "; ", each translated from {@code churn.reason.CODE} with its numbers. */
    static String reasons(Component component, List<Reason> reasons) {
        return reasons.stream()
                .map(reason -> component.getTranslation("churn.reason." + reason.code().name(),
                        reason.values().toArray()))
                .collect(Collectors.joining("; "));
    }

    static String percent(double share, Locale locale) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(0);
        return format.format(share);
    }

    static String money(BigDecimal amount, String currency, Locale locale) {
        if (amount == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(currency));
        return format.format(amount);
    }

    static String decimal(double value, int digits, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(value);
    }
}
