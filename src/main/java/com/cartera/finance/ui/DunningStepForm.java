package com.cartera.finance.ui;

import java.util.function.Consumer;

import com.cartera.finance.DunningAction;
import com.cartera.finance.DunningAssignee;
import com.cartera.finance.DunningLadder;
import com.cartera.finance.DunningStep;
import com.cartera.finance.FinanceRefusedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

/**
 * A step of the dunning ladder to add, or the one chosen in the list to change: days overdue, action, who gets the
 * follow-up, and whether it is active. Refusals show on their field.
 */
class DunningStepForm extends FlexLayout {

    final IntegerField days = new IntegerField();
    final Select<DunningAction> action = new Select<>();
    final Select<DunningAssignee> assignee = new Select<>();
    final Checkbox active = new Checkbox();
    final Button add = new Button();
    final Button save = new Button();

    private final DunningLadder ladder;
    private final Runnable changed;
    private DunningStep editing;

    DunningStepForm(DunningLadder ladder, Runnable changed) {
        this.ladder = ladder;
        this.changed = changed;
        addClassName("dunning-step-form");
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        getStyle().set("gap", "var(--lumo-space-m)");
        days.setLabel(getTranslation("finance.dunning.days"));
        days.setMin(DunningLadder.DAYS_MIN);
        days.setMax(DunningLadder.DAYS_MAX);
        days.setStepButtonsVisible(true);
        days.setWidth("10em");
        action.setLabel(getTranslation("finance.dunning.action"));
        action.setItems(DunningAction.values());
        action.setItemLabelGenerator(value -> getTranslation("finance.dunning.action." + value));
        action.setWidth("min(16em, 100%)");
        assignee.setLabel(getTranslation("finance.dunning.assignee"));
        assignee.setItems(DunningAssignee.values());
        assignee.setItemLabelGenerator(value -> getTranslation("finance.dunning.assignee." + value));
        assignee.setWidth("min(16em, 100%)");
        active.setLabel(getTranslation("finance.dunning.active"));
        add.setText(getTranslation("finance.dunning.add"));
        add.addClickListener(e -> submit(() -> ladder.add(value(days), action.getValue(), assignee.getValue())));
        save.setText(getTranslation("finance.dunning.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> submit(() -> ladder.change(editing.id(), value(days), action.getValue(),
                assignee.getValue(), active.getValue())));
        add(days, action, assignee, active, save, add);
        clear();
    }

    /** Shows {@code step} to change it. */
    void edit(DunningStep step) {
        editing = step;
        clearErrors();
        days.setValue(step.daysOverdue());
        action.setValue(step.action());
        assignee.setValue(step.assignee());
        active.setValue(step.active());
        active.setVisible(true);
        save.setVisible(true);
    }

    private void clear() {
        editing = null;
        days.clear();
        action.setValue(DunningAction.REMINDER);
        assignee.setValue(DunningAssignee.OWNER);
        active.setValue(true);
        active.setVisible(false);
        save.setVisible(false);
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    private void submit(Runnable work) {
        clearErrors();
        try {
            work.run();
        } catch (FinanceRefusedException refused) {
            show(refused);
            return;
        }
        clear();
        changed.run();
    }

    private void clearErrors() {
        days.setInvalid(false);
        action.setInvalid(false);
        assignee.setInvalid(false);
    }

    private void show(FinanceRefusedException refused) {
        String message = getTranslation(refused.messageKey(), refused.arguments().toArray());
        Consumer<String> target = switch (refused.field()) {
            case "action" -> text -> {
                action.setErrorMessage(text);
                action.setInvalid(true);
            };
            case "assignee" -> text -> {
                assignee.setErrorMessage(text);
                assignee.setInvalid(true);
            };
            default -> text -> {
                days.setErrorMessage(text);
                days.setInvalid(true);
            };
        };
        target.accept(message);
    }
}
