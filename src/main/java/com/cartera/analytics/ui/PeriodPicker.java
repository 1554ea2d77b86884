package com.cartera.analytics.ui;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;

/**
 * Chooses a dashboard's period: a preset, or chosen days from–to, and says which days are included. Presets are
 * computed from today in the workspace's zone; the dashboard keeps the choice in its URL.
 */
public class PeriodPicker extends Composite<FlexLayout> {

    final Select<PeriodPreset> preset = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Span days = new Span();

    private final LocalDate today;
    private final Consumer<PeriodChoice> onChoice;
    private PeriodChoice value;
    private boolean updating;

    /** @param onChoice told when the person chooses another period (not when it is set from the URL) */
    public PeriodPicker(LocalDate today, Consumer<PeriodChoice> onChoice) {
        this.today = today;
        this.onChoice = onChoice;
        var layout = getContent();
        layout.addClassName("period-picker");
        layout.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        layout.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");

        preset.setLabel(getTranslation("period.label"));
        preset.setItems(PeriodPreset.values());
        preset.setItemLabelGenerator(choice -> getTranslation(choice.titleKey()));
        preset.addValueChangeListener(event -> {
            if (!updating && event.getValue() != null) {
                presetChosen(event.getValue());
            }
        });
        from.setLabel(getTranslation("period.from"));
        to.setLabel(getTranslation("period.to"));
        from.addValueChangeListener(event -> daysChosen());
        to.addValueChangeListener(event -> daysChosen());
        days.addClassName("period-days");
        layout.add(preset, from, to, days);
    }

    /** Shows {@code choice} without telling the listener (it comes from the URL). */
    public void setValue(PeriodChoice choice) {
        updating = true;
        try {
            value = choice;
            preset.setValue(choice.preset());
            from.setValue(choice.period().from());
            to.setValue(choice.period().lastDay());
            showCustomFields(choice.preset() == PeriodPreset.CUSTOM);
            days.setText(getTranslation("period.days", choice.daysText(getLocale())));
            to.setInvalid(false);
        } finally {
            updating = false;
        }
    }

    public PeriodChoice getValue() {
        return value;
    }

    private void presetChosen(PeriodPreset chosen) {
        if (chosen == PeriodPreset.CUSTOM) {
            showCustomFields(true);
            return;
        }
        choose(PeriodChoice.of(chosen, today));
    }

    private void daysChosen() {
        if (updating || from.isEmpty() || to.isEmpty()) {
            return;
        }
        if (to.getValue().isBefore(from.getValue())) {
            to.setErrorMessage(getTranslation("period.to.before-from"));
            to.setInvalid(true);
            return;
        }
        to.setInvalid(false);
        choose(PeriodChoice.custom(from.getValue(), to.getValue()));
    }

    private void choose(PeriodChoice choice) {
        if (Objects.equals(choice, value)) {
            return;
        }
        setValue(choice);
        onChoice.accept(choice);
    }

    private void showCustomFields(boolean custom) {
        from.setVisible(custom);
        to.setVisible(custom);
    }
}
