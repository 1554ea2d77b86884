package com.cartera.finance.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;

import com.cartera.base.ui.Notifications;
import com.cartera.finance.FinanceRefusedException;
import com.cartera.finance.InvoiceKind;
import com.cartera.finance.InvoiceStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;

/** What the finance screens share: money and dates as the user reads them, status badges, refusals on fields. */
final class FinanceUi {

    static final String NONE = "—";

    private FinanceUi() {
    }

    static String money(BigDecimal amount, String currency, Locale locale) {
        if (amount == null) {
            return NONE;
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(currency));
        return format.format(amount);
    }

    static String date(LocalDate date, Locale locale) {
        return date == null ? NONE : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .format(date);
    }

    /** A status badge; a credit note shows as such whatever its status. */
    static Span badge(Component where, InvoiceKind kind, InvoiceStatus status) {
        String theme = switch (status) {
            case DRAFT -> "contrast";
            case ISSUED -> "";
            case PARTIALLY_PAID -> "warning";
            case PAID -> "success";
            case CANCELLED -> "error";
        };
        var badge = kind == InvoiceKind.CREDIT_NOTE
                ? new Span(where.getTranslation("finance.invoice.kind.CREDIT_NOTE"))
                : new Span(where.getTranslation("finance.invoice.status." + status.name()));
        badge.getElement().getThemeList().add("badge " + (kind == InvoiceKind.CREDIT_NOTE ? "contrast" : theme));
        return badge;
    }

    static String text(Component where, FinanceRefusedException refused) {
        return where.getTranslation(refused.messageKey(), refused.arguments().toArray());
    }

    /** Shows a refusal on the field it names, and as a notification (the field may be out of sight). */
    static void show(Component where, FinanceRefusedException refused, Map<String, ? extends HasValidation> fields) {
        String text = text(where, refused);
        HasValidation field = fields.get(refused.field());
        if (field != null) {
            field.setErrorMessage(text);
            field.setInvalid(true);
        }
        Notifications.error(text);
    }
}
