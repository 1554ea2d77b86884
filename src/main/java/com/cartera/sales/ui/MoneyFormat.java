package com.cartera.sales.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Amounts as the UI language writes money, with the currency's symbol; cents only when there are any. */
final class MoneyFormat {

    private MoneyFormat() {
    }

    static String format(BigDecimal amount, String currency, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(currency));
        format.setMinimumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    /** Several currencies' amounts, joined; a single zero in {@code fallbackCurrency} when there are none. */
    static String format(Map<String, BigDecimal> amounts, String fallbackCurrency, Locale locale) {
        if (amounts.isEmpty()) {
            return format(BigDecimal.ZERO, fallbackCurrency, locale);
        }
        return amounts.entrySet().stream().map(entry -> format(entry.getValue(), entry.getKey(), locale))
                .collect(Collectors.joining(" · "));
    }
}
