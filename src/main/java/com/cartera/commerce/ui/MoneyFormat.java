package com.cartera.commerce.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Amounts in the workspace's currency, written the way the UI's language writes money: "245,00 €", "€245.00". */
final class MoneyFormat {

    private MoneyFormat() {
    }

    static String format(BigDecimal amount, String currencyCode, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(currencyCode));
        return format.format(amount);
    }
}
