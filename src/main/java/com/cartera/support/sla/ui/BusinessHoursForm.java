package com.cartera.support.sla.ui;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.cartera.support.sla.WorkingHours;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

/** One text field per weekday with its stretches of business hours; an empty field is a closed day. */
class BusinessHoursForm extends Composite<FormLayout> {

    final Map<DayOfWeek, TextField> days = new EnumMap<>(DayOfWeek.class);

    BusinessHoursForm() {
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        for (DayOfWeek day : DayOfWeek.values()) {
            var field = new TextField(day.getDisplayName(TextStyle.FULL, getLocale()));
            field.setPlaceholder(getTranslation("support.sla.hours.closed"));
            field.setHelperText(day == DayOfWeek.MONDAY ? getTranslation("support.sla.hours.help") : null);
            field.setClearButtonVisible(true);
            days.put(day, field);
            getContent().add(field);
        }
    }

    void show(List<WorkingHours> hours) {
        days.forEach((day, field) -> {
            field.setValue(HoursText.format(hours.stream().filter(stretch -> stretch.day() == day).toList()));
            field.setInvalid(false);
        });
    }

    /** The typed hours, or null after marking the fields that do not read as hours. */
    List<WorkingHours> read() {
        List<WorkingHours> hours = new ArrayList<>();
        boolean valid = true;
        for (var entry : days.entrySet()) {
            TextField field = entry.getValue();
            try {
                hours.addAll(HoursText.parse(entry.getKey(), field.getValue()));
                field.setInvalid(false);
            } catch (IllegalArgumentException e) {
                field.setErrorMessage(getTranslation("support.sla.error.hours-format", field.getLabel()));
                field.setInvalid(true);
                valid = false;
            }
        }
        return valid ? hours : null;
    }

    /** Marks the day's field with a message from the service. */
    void reject(DayOfWeek day, String message) {
        TextField field = days.get(day);
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
