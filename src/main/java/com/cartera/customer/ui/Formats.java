package com.cartera.customer.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.cartera.customer.AlertColour;
import com.cartera.customer.CompanySize;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerKind;
import com.cartera.customer.CustomerSource;
import com.cartera.customer.IncomeBand;
import com.cartera.customer.LifeStage;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.PaymentMethod;
import com.cartera.customer.Tag;
import com.cartera.customer.Translatable;
import com.cartera.customer.ValueTier;
import com.cartera.security.TeamMember;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

/** How the customer pages show values: money in the workspace currency, dates in the UI locale, enum labels. */
final class Formats {

    static final String NONE = "—";

    private Formats() {
    }

    static String money(BigDecimal amount, String currencyCode, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(currencyCode));
        return format.format(amount);
    }

    static String date(LocalDate date, Locale locale) {
        return date == null ? NONE : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** A moment in the workspace's time zone (never the server's: a workspace's people read their own clock). */
    static String dateTime(Instant instant, Locale locale, ZoneId zone) {
        return instant == null ? NONE : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).format(instant.atZone(zone));
    }

    /** The i18n key of an enum constant's label. */
    static String labelKey(Enum<?> value) {
        String prefix = switch (value) {
            case LifecycleStage ignored -> "stage.";
            case CustomerKind ignored -> "customer.kind.";
            case ValueTier ignored -> "tier.";
            case AlertColour ignored -> "alert.";
            case CompanySize ignored -> "company-size.";
            case IncomeBand ignored -> "income-band.";
            case LifeStage ignored -> "life-stage.";
            case PaymentMethod ignored -> "payment-method.";
            case CustomerSource ignored -> "customer-source.";
            default -> value.getDeclaringClass().getSimpleName() + ".";
        };
        return prefix + value.name();
    }

    static String label(Component where, Enum<?> value) {
        return value == null ? NONE : where.getTranslation(labelKey(value));
    }

    /** A customer field's value as text: labels for enums and related people, names for tags. */
    static String value(Component where, Object value) {
        Locale locale = localeOf(where);
        return switch (value) {
            case null -> NONE;
            case String text -> text.isBlank() ? NONE : text;
            case Enum<?> constant -> label(where, constant);
            case Boolean yes -> where.getTranslation(yes ? "value.yes" : "value.no");
            case LocalDate day -> date(day, locale);
            case TeamMember member -> member.getDisplayName();
            case Customer customer -> customer.getName();
            case Collection<?> items when items.isEmpty() -> NONE;
            case Collection<?> items -> items.stream()
                    .map(item -> item instanceof Tag tag ? tag.getName() : String.valueOf(item))
                    .sorted()
                    .collect(Collectors.joining(", "));
            default -> String.valueOf(value);
        };
    }

    /** A message's arguments ready for {@code getTranslation}: {@link Translatable}s translated, dates formatted. */
    static Object[] arguments(Component where, List<Object> arguments, ZoneId zone) {
        return arguments.stream().map(argument -> switch (argument) {
            case Translatable translatable -> where.getTranslation(translatable.key());
            case LocalDate day -> date(day, localeOf(where));
            case Instant moment -> dateTime(moment, localeOf(where), zone);
            default -> argument;
        }).toArray();
    }

    /** The UI's language; components in a dialog not yet opened have no UI of their own. */
    private static Locale localeOf(Component where) {
        return where.getUI().orElseGet(UI::getCurrent).getLocale();
    }
}
