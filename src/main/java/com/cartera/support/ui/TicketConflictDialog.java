package com.cartera.support.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import com.cartera.support.ui.TicketEditConflict.Change;
import com.cartera.support.ui.TicketEditConflict.Choice;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/**
 * Someone saved the ticket while it was being edited here: who and when, what they changed, what is still pending
 * here, and a choice per field where both changed it. Applying puts the pending changes on the stored version;
 * discarding is the only way to drop them.
 */
class TicketConflictDialog extends Dialog {

    final Paragraph who = new Paragraph();
    final Div theirChanges = new Div();
    final Div myChanges = new Div();
    final Map<TicketField, RadioButtonGroup<Choice>> choices = new EnumMap<>(TicketField.class);
    final Button applyMine = new Button();
    final Button discardMine = new Button();

    /**
     * @param whoAndWhen the sentence naming who saved and when
     * @param text       a field's value as the screen shows it
     */
    TicketConflictDialog(TicketEditConflict conflict, String whoAndWhen, Function<Change, String[]> text,
                         Consumer<Map<TicketField, Choice>> onApplyMine, Runnable onDiscardMine) {
        addClassName("ticket-conflict");
        setHeaderTitle(getTranslation("support.ticket.conflict.title"));
        setCloseOnOutsideClick(false);
        setWidth("min(44rem, 100%)");
        who.setText(whoAndWhen);
        list(theirChanges, conflict.theirChanges(), text);
        list(myChanges, conflict.myChanges(), text);
        add(who, new H4(getTranslation("support.ticket.conflict.theirs")), theirChanges,
                new H4(getTranslation("support.ticket.conflict.mine")), myChanges);

        List<TicketField> clashes = conflict.clashes();
        if (!clashes.isEmpty()) {
            add(new H4(getTranslation("support.ticket.conflict.clashes")));
            Map<TicketField, Change> mine = byField(conflict.myChanges());
            Map<TicketField, Change> theirs = byField(conflict.theirChanges());
            for (TicketField field : clashes) {
                var choice = new RadioButtonGroup<Choice>(getTranslation(field.labelKey()));
                choice.setItems(Choice.values());
                choice.setItemLabelGenerator(value -> getTranslation("support.ticket.conflict.choice." + value.name(),
                        text.apply((value == Choice.MINE ? mine : theirs).get(field))[1]));
                choice.addValueChangeListener(e -> applyMine.setEnabled(allChosen()));
                choices.put(field, choice);
                add(choice);
            }
        }
        applyMine.setText(getTranslation("support.ticket.conflict.apply-mine"));
        applyMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        applyMine.setEnabled(allChosen());
        applyMine.addClickListener(e -> {
            Map<TicketField, Choice> chosen = new EnumMap<>(TicketField.class);
            choices.forEach((field, choice) -> chosen.put(field, choice.getValue()));
            close();
            onApplyMine.accept(chosen);
        });
        discardMine.setText(getTranslation("support.ticket.conflict.discard-mine"));
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

    private void list(Div target, List<Change> changes, Function<Change, String[]> text) {
        if (changes.isEmpty()) {
            target.add(new Paragraph(getTranslation("support.ticket.conflict.nothing")));
        }
        for (Change change : changes) {
            String[] values = text.apply(change);
            var row = new Paragraph(getTranslation("support.ticket.conflict.change",
                    getTranslation(change.field().labelKey()), values[0], values[1]));
            row.addClassName("conflict-change");
            target.add(row);
        }
    }

    private static Map<TicketField, Change> byField(List<Change> changes) {
        Map<TicketField, Change> map = new EnumMap<>(TicketField.class);
        changes.forEach(change -> map.put(change.field(), change));
        return map;
    }
}
