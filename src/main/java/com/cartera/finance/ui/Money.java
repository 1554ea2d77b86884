package com.cartera.finance.ui;

import java.math.BigDecimal;
import java.util.Locale;

/** Amounts in the workspace currency, in the reader's language; no amount reads as zero. */
final class Money {

    private final String currency;
    private final Locale locale;

    Money(String currency, Locale locale) {
        this.currency = currency;
        this.locale = locale;
    }

    String format(BigDecimal amount) {
        return FinanceUi.money(amount == null ? BigDecimal.ZERO : amount, currency, locale);
    }
}
