package com.cartera.support.sla.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.cartera.support.sla.Holiday;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/** The workspace's holidays: a list by date with a remove button each, and a date and name to add one. */
class HolidaysEditor extends Composite<VerticalLayout> {

    final Grid<Holiday> grid = new Grid<>();
    final DatePicker day = new DatePicker();
    final TextField name = new TextField();
    final Button add = new Button();
    private final List<Holiday> holidays = new ArrayList<>();

    HolidaysEditor() {
        getContent().setPadding(false);
        var format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.addColumn(holiday -> holiday.day().format(format)).setHeader(getTranslation("support.sla.holiday.day"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Holiday::name).setHeader(getTranslation("support.sla.holiday.name")).setFlexGrow(1);
        grid.addComponentColumn(this::removeButton).setKey("remove").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();

        day.setLabel(getTranslation("support.sla.holiday.day"));
        day.setLocale(getLocale());
        name.setLabel(getTranslation("support.sla.holiday.name"));
        name.setMaxLength(80);
        add.setText(getTranslation("support.sla.holiday.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addClickListener(e -> addTyped());
        var adder = new FlexLayout(day, name, add);
        adder.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        adder.setAlignItems(FlexComponent.Alignment.BASELINE);
        adder.getStyle().set("gap", "var(--lumo-space-m)");
        getContent().add(grid, adder);
    }

    void show(List<Holiday> shown) {
        holidays.clear();
        holidays.addAll(shown);
        refresh();
    }

    List<Holiday> holidays() {
        return List.copyOf(holidays);
    }

    private void addTyped() {
        day.setInvalid(day.getValue() == null);
        day.setErrorMessage(getTranslation("support.sla.error.holiday-date"));
        name.setInvalid(name.getValue().isBlank());
        name.setErrorMessage(getTranslation("support.sla.error.holiday-name"));
        if (day.isInvalid() || name.isInvalid()) {
            return;
        }
        if (holidays.stream().anyMatch(holiday -> holiday.day().equals(day.getValue()))) {
            day.setErrorMessage(getTranslation("support.sla.error.holiday-twice"));
            day.setInvalid(true);
            return;
        }
        holidays.add(new Holiday(day.getValue(), name.getValue().strip()));
        day.clear();
        name.clear();
        refresh();
    }

    private Button removeButton(Holiday holiday) {
        var remove = new Button(VaadinIcon.TRASH.create(), e -> {
            holidays.remove(holiday);
            refresh();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("support.sla.holiday.remove", holiday.name()));
        return remove;
    }

    private void refresh() {
        holidays.sort(Comparator.comparing(Holiday::day));
        grid.setItems(holidays);
    }
}
