package com.cartera.activity.ui;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import com.cartera.activity.FollowUp;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A week of follow-ups, Monday to Sunday, each day's in time order; open ones, done ones (struck through)
 * and overdue ones (in red) alike. Moves a week back or forward, or to this week.
 */
class WeekCalendar extends VerticalLayout {

    final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());
    final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());
    final Button thisWeek = new Button();
    final Span title = new Span();
    final HorizontalLayout days = new HorizontalLayout();
    /** One column per day, Monday first. */
    final List<VerticalLayout> columns = new ArrayList<>();

    private final BiFunction<Instant, Instant, List<FollowUp>> load;
    private final Consumer<FollowUp> onClick;
    private final ZoneId zone;
    private LocalDate monday;

    /** @param load the follow-ups due in [from, to) */
    WeekCalendar(BiFunction<Instant, Instant, List<FollowUp>> load, Consumer<FollowUp> onClick, ZoneId zone) {
        this.zone = zone;
        this.load = load;
        this.onClick = onClick;
        addClassName("week-calendar");
        setPadding(false);
        previous.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        previous.setAriaLabel(getTranslation("agenda.week.previous"));
        previous.addClickListener(e -> show(monday.minusWeeks(1)));
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        next.setAriaLabel(getTranslation("agenda.week.next"));
        next.addClickListener(e -> show(monday.plusWeeks(1)));
        thisWeek.setText(getTranslation("agenda.week.this"));
        thisWeek.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        thisWeek.addClickListener(e -> show(LocalDate.now(zone)));
        title.addClassName("week-title");
        var toolbar = new HorizontalLayout(previous, title, next, thisWeek);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        days.addClassName("week-days");
        days.setWidthFull();
        add(toolbar, days);
        show(LocalDate.now(zone));
    }

    LocalDate monday() {
        return monday;
    }

    /** Shows the week that holds {@code day}. */
    void show(LocalDate day) {
        monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sunday = monday.plusDays(6);
        title.setText(getTranslation("agenda.week.title", FollowUpFormat.day(getLocale(), monday),
                FollowUpFormat.day(getLocale(), sunday)));
        refresh();
    }

    void refresh() {
        days.removeAll();
        columns.clear();
        List<FollowUp> items = load.apply(monday.atStartOfDay(zone).toInstant(),
                monday.plusWeeks(1).atStartOfDay(zone).toInstant());
        LocalDate today = LocalDate.now(zone);
        Instant now = Instant.now();
        DateTimeFormatter dayOfMonth = DateTimeFormatter.ofPattern("d/M", getLocale());
        for (int offset = 0; offset < 7; offset++) {
            LocalDate day = monday.plusDays(offset);
            var header = new Span(day.getDayOfWeek().getDisplayName(TextStyle.SHORT, getLocale()) + " "
                    + day.format(dayOfMonth));
            header.addClassName("week-day-header");
            var column = new VerticalLayout(header);
            column.addClassName("week-day");
            if (day.equals(today)) {
                column.addClassName("today");
            }
            column.setPadding(false);
            column.setSpacing(false);
            items.stream()
                    .filter(item -> LocalDate.ofInstant(item.getDueAt(), zone).equals(day))
                    .forEach(item -> column.add(entry(item, now)));
            columns.add(column);
            days.add(column);
            days.setFlexGrow(1, column);
        }
    }

    private Div entry(FollowUp followUp, Instant now) {
        var entry = new Div(new Span(FollowUpFormat.time(getLocale(), zone).format(followUp.getDueAt())),
                new Span(FollowUpFormat.kind(this, followUp)), new Span(followUp.getCustomer().getName()));
        entry.addClassName("week-entry");
        if (!followUp.isOpen()) {
            entry.addClassName("done");
        } else if (followUp.isOverdue(now)) {
            entry.addClassName("overdue");
        }
        entry.addClickListener(e -> onClick.accept(followUp));
        return entry;
    }
}
