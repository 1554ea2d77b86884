package com.cartera.support.sla.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.cartera.support.TicketPriority;
import com.cartera.support.sla.SlaTarget;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;

/**
 * The targets of each priority, most urgent first: first response and resolution in business hours (quarters of an
 * hour allowed), and the share of the target left at which the warning starts.
 */
class SlaTargetsForm extends Composite<VerticalLayout> {

    /** A priority's three fields. */
    record Row(NumberField firstResponse, NumberField resolution, IntegerField warnPercent) {
    }

    final Map<TicketPriority, Row> rows = new EnumMap<>(TicketPriority.class);
    private final Map<TicketPriority, Long> versions = new EnumMap<>(TicketPriority.class);

    SlaTargetsForm() {
        getContent().setPadding(false);
        List<TicketPriority> mostUrgentFirst = new ArrayList<>(List.of(TicketPriority.values()));
        Collections.reverse(mostUrgentFirst);
        for (TicketPriority priority : mostUrgentFirst) {
            var row = new Row(hours("support.sla.target.first-response"), hours("support.sla.target.resolution"),
                    new IntegerField(getTranslation("support.sla.target.warn")));
            row.warnPercent().setMin(1);
            row.warnPercent().setMax(99);
            row.warnPercent().setSuffixComponent(new Span("%"));
            row.warnPercent().setWidth("8em");
            rows.put(priority, row);
            var form = new FormLayout(row.firstResponse(), row.resolution(), row.warnPercent());
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 3));
            getContent().add(new H4(getTranslation("support.sla.priority." + priority.name())), form);
        }
    }

    private NumberField hours(String labelKey) {
        var field = new NumberField(getTranslation(labelKey));
        field.setMin(0.25);
        field.setMax(SlaTarget.MAX_MINUTES / 60.0);
        field.setStep(0.25);
        field.setSuffixComponent(new Span(getTranslation("support.sla.hours-unit")));
        return field;
    }

    void show(List<SlaTarget> targets) {
        for (SlaTarget target : targets) {
            Row row = rows.get(target.priority());
            row.firstResponse().setValue(target.firstResponseMinutes() / 60.0);
            row.resolution().setValue(target.resolutionMinutes() / 60.0);
            row.warnPercent().setValue(target.warnPercent());
            row.firstResponse().setInvalid(false);
            row.resolution().setInvalid(false);
            row.warnPercent().setInvalid(false);
            versions.put(target.priority(), target.version());
        }
    }

    /** The typed targets, or null after marking an empty field. */
    List<SlaTarget> read() {
        List<SlaTarget> targets = new ArrayList<>();
        boolean valid = true;
        for (var entry : rows.entrySet()) {
            Row row = entry.getValue();
            for (var field : List.of(row.firstResponse(), row.resolution())) {
                field.setInvalid(field.getValue() == null);
                field.setErrorMessage(getTranslation("support.sla.error.target-range"));
            }
            row.warnPercent().setInvalid(row.warnPercent().getValue() == null);
            row.warnPercent().setErrorMessage(getTranslation("support.sla.error.warn-range"));
            if (row.firstResponse().getValue() == null || row.resolution().getValue() == null
                    || row.warnPercent().getValue() == null) {
                valid = false;
                continue;
            }
            targets.add(new SlaTarget(entry.getKey(), minutes(row.firstResponse()), minutes(row.resolution()),
                    row.warnPercent().getValue(), versions.getOrDefault(entry.getKey(), 0L)));
        }
        return valid ? targets : null;
    }

    private static int minutes(NumberField hours) {
        return (int) Math.round(hours.getValue() * 60);
    }

    /** Marks the priority's first field with a message from the service. */
    void reject(TicketPriority priority, String message) {
        var field = rows.get(priority).firstResponse();
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
