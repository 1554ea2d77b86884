package com.cartera.customer.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.cartera.customer.Customer;
import com.cartera.customer.CustomerKind;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.Tag;
import com.cartera.security.TeamMember;

/** A customer field's value as a person reads it: translated enums, names of related people, local dates. */
final class CustomerValueFormat {

    private final Function<String, String> translation;
    private final Locale locale;

    CustomerValueFormat(Function<String, String> translation, Locale locale) {
        this.translation = translation;
        this.locale = locale;
    }

    /** The value, or "(vacío)" for none. */
    String format(Object value) {
        return switch (value) {
            case null -> translation.apply("merge.empty");
            case String text when text.isBlank() -> translation.apply("merge.empty");
            case String text -> text.strip();
            case Boolean yes -> translation.apply(yes ? "merge.yes" : "merge.no");
            case LocalDate date -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
            case TeamMember member -> member.getDisplayName();
            case Customer customer -> customer.getName();
            case LifecycleStage stage -> translation.apply("stage." + stage.name());
            case CustomerKind kind -> translation.apply("customer.kind." + kind.name());
            case Enum<?> constant -> translation.apply("customer.value." + constant.getDeclaringClass().getSimpleName()
                    + "." + constant.name());
            case Collection<?> tags when tags.isEmpty() -> translation.apply("merge.empty");
            case Collection<?> tags -> tags.stream().map(tag -> ((Tag) tag).getName()).sorted()
                    .collect(Collectors.joining(", "));
            default -> value.toString();
        };
    }
}
