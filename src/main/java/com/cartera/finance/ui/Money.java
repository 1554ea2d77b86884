package com.cartera.finance.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Amounts in the workspace currency, in the reader's language. */
final class Money {

    private final NumberFormat format;

    Money(String currency, Locale locale) {
        format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(currency));
    }

    String format(BigDecimal amount) {
        return format.format(amount == null ? BigDecimal.ZERO : amount);
    }
}
