package com.cartera.finance.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import com.cartera.base.input.RefusedInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

/** How the payment and statement screens write money, dates and labels, in the UI's language. */
final class PaymentFormat {

    private final Component where;
    private final String currency;
    private final Locale locale;

    PaymentFormat(Component where, String currency) {
        this.where = where;
        this.currency = currency;
        this.locale = UI.getCurrent() != null ? UI.getCurrent().getLocale() : Locale.getDefault();
    }

    String currency() {
        return currency;
    }

    Locale locale() {
        return locale;
    }

    String money(BigDecimal amount) {
        return amount == null ? "" : FinanceUi.money(amount, currency, locale);
    }

    String date(LocalDate day) {
        return day == null ? "" : FinanceUi.date(day, locale);
    }

    /** An enum constant's name in the UI's language, under {@code prefix.<NAME>}. */
    String label(String prefix, Enum<?> value) {
        return value == null ? "" : where.getTranslation(prefix + "." + value.name());
    }

    String message(RefusedInputException refused) {
        return where.getTranslation(refused.messageKey(), refused.arguments().stream()
                .map(argument -> argument instanceof LocalDate day ? date(day)
                        : argument instanceof BigDecimal amount ? money(amount) : argument)
                .toArray());
    }
}
