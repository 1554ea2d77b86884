package com.cartera.marketing.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.cartera.marketing.SourceInfo;
import com.vaadin.flow.component.Component;

/** How the marketing screens write money, dates and source names, in the UI's language. */
final class MarketingFormat {

    private final Component where;
    private final String currency;
    private final Locale locale;

    /** @param currency the workspace's currency code; null on a screen that shows no money */
    MarketingFormat(Component where, String currency) {
        this.where = where;
        this.currency = currency;
        this.locale = com.vaadin.flow.component.UI.getCurrent() != null
                ? com.vaadin.flow.component.UI.getCurrent().getLocale() : Locale.getDefault();
    }

    String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(currency));
        return format.format(amount);
    }

    String date(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }

    String dateTime(java.time.Instant at, java.time.ZoneId zone) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).format(at.atZone(zone));
    }

    String source(SourceInfo source) {
        return source == null ? "" : source.label(where::getTranslation);
    }

    /** Source names by id, for grids that show a source per row. */
    Map<Long, String> sourceNames(java.util.List<SourceInfo> sources) {
        return sources.stream().collect(Collectors.toMap(SourceInfo::id, this::source));
    }

    /** An enum constant's name in the UI's language, under {@code prefix.<NAME>}. */
    String label(String prefix, Enum<?> value) {
        return value == null ? "" : where.getTranslation(prefix + "." + value.name());
    }
}
