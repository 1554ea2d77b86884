package com.cartera.customer.ui;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.cartera.customer.CustomerField;
import com.cartera.customer.EditConflict;
import com.cartera.customer.EditConflict.Choice;
import com.cartera.customer.EditConflict.FieldChange;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/**
 * Someone saved the customer while it was being edited: who and when, what they changed, what is still
 * pending here, and a choice per field where both changed the same one. Applying puts the pending changes
 * on the current version; discarding is the only way to drop them.
 */
class EditConflictDialog extends Dialog {

    final Paragraph who = new Paragraph();
    final Div theirChanges = new Div();
    final Div myChanges = new Div();
    final Map<CustomerField, RadioButtonGroup<Choice>> choices = new EnumMap<>(CustomerField.class);
    final Button applyMine = new Button();
    final Button discardMine = new Button();

    EditConflictDialog(EditConflict conflict, String changedBy, ZoneId zone,
                       Consumer<Map<CustomerField, Choice>> onApplyMine, Runnable onDiscardMine) {
        addClassName("edit-conflict");
        setHeaderTitle(getTranslation("conflict.title"));
        setCloseOnOutsideClick(false);
        setWidth("min(44rem, 100%)");

        String when = Formats.dateTime(conflict.changedAt(), getLocale(), zone);
        who.setText(getTranslation("conflict.who", changedBy, when));
        theirChanges.addClassName("conflict-changes");
        myChanges.addClassName("conflict-changes");
        list(theirChanges, conflict.theirChanges());
        list(myChanges, conflict.myChanges());
        add(who, new H4(getTranslation("conflict.theirs")), theirChanges, new H4(getTranslation("conflict.mine")),
                myChanges);

        List<CustomerField> clashes = conflict.clashes();
        if (!clashes.isEmpty()) {
            add(new H4(getTranslation("conflict.clashes")));
            Map<CustomerField, FieldChange> mine = byField(conflict.myChanges());
            Map<CustomerField, FieldChange> theirs = byField(conflict.theirChanges());
            for (CustomerField field : clashes) {
                var choice = new RadioButtonGroup<Choice>(getTranslation(field.labelKey()));
                choice.setItems(Choice.values());
                choice.setItemLabelGenerator(value -> getTranslation("conflict.choice." + value.name(),
                        Formats.value(this, (value == Choice.MINE ? mine : theirs).get(field).after())));
                choice.addValueChangeListener(e -> applyMine.setEnabled(allChosen()));
                choices.put(field, choice);
                add(choice);
            }
        }

        applyMine.setText(getTranslation("conflict.apply-mine"));
        applyMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        applyMine.setEnabled(allChosen());
        applyMine.addClickListener(e -> {
            Map<CustomerField, Choice> chosen = new EnumMap<>(CustomerField.class);
            choices.forEach((field, choice) -> chosen.put(field, choice.getValue()));
            close();
            onApplyMine.accept(chosen);
        });
        discardMine.setText(getTranslation("conflict.discard-mine"));
        discardMine.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        discardMine.addClickListener(e -> {
            close();
            onDiscardMine.run();
        });
        getFooter().add(discardMine, applyMine);
    }

    private boolean allChosen() {
        return choices.values().stream().allMatch(choice -> choice.getValue() != null);
    }

    private void list(Div target, List<FieldChange> changes) {
        if (changes.isEmpty()) {
            target.add(new Paragraph(getTranslation("conflict.nothing")));
        }
        for (FieldChange change : changes) {
            var row = new Paragraph(getTranslation("conflict.change", getTranslation(change.field().labelKey()),
                    Formats.value(this, change.before()), Formats.value(this, change.after())));
            row.addClassName("conflict-change");
            target.add(row);
        }
    }

    private static Map<CustomerField, FieldChange> byField(List<FieldChange> changes) {
        Map<CustomerField, FieldChange> map = new EnumMap<>(CustomerField.class);
        changes.forEach(change -> map.put(change.field(), change));
        return map;
    }
}
