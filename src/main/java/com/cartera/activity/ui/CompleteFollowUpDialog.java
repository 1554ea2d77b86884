package com.cartera.activity.ui;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

import com.cartera.activity.FollowUp;
import com.cartera.activity.FollowUpCompletion;
import com.cartera.activity.FollowUpService;
import com.cartera.activity.InteractionOutcome;
import com.cartera.base.ui.BeanPropertyValidator;
import com.cartera.base.ui.Notifications;
import com.cartera.security.FieldRejectedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import jakarta.validation.ConstraintViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Marks a follow-up done: how it went, when (now unless said otherwise) and notes, logged as an interaction. */
class CompleteFollowUpDialog extends Dialog {

    final Select<InteractionOutcome> outcome = new Select<>();
    final DateTimePicker occurredAt = new DateTimePicker();
    final TextArea notes = new TextArea();
    final Button done = new Button();
    final Button cancel = new Button();

    private final FollowUp followUp;
    private final FollowUpService followUpService;
    private final Consumer<FollowUp> onDone;
    private final ZoneId zone;

    CompleteFollowUpDialog(FollowUp followUp, FollowUpService followUpService, ZoneId zone, Consumer<FollowUp> onDone) {
        this.zone = zone;
        this.followUp = followUp;
        this.followUpService = followUpService;
        this.onDone = onDone;
        setHeaderTitle(getTranslation("follow-up.complete.title", FollowUpFormat.kind(this, followUp),
                followUp.getCustomer().getName()));
        setWidth("min(32rem, 100%)");
        outcome.setLabel(getTranslation("interaction.outcome"));
        outcome.setItems(InteractionOutcome.values());
        outcome.setItemLabelGenerator(o -> o == null ? "" : getTranslation("interaction.outcome." + o.name()));
        outcome.setRequiredIndicatorVisible(true);
        LocalDateTime now = LocalDateTime.now(zone).truncatedTo(ChronoUnit.MINUTES);
        occurredAt.setLabel(getTranslation("interaction.occurred-at"));
        occurredAt.setMax(now);
        occurredAt.setValue(now);
        notes.setLabel(getTranslation("interaction.notes"));
        notes.setMaxLength(4000);
        notes.setPlaceholder(followUp.getNotes());
        var form = new FormLayout(outcome, occurredAt, notes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        done.setText(getTranslation("follow-up.complete"));
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        done.addClickListener(e -> complete());
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, done);
    }

    private void complete() {
        outcome.setInvalid(false);
        occurredAt.setInvalid(false);
        try {
            FollowUp completed = followUpService.complete(followUp.getId(), followUp.getVersion(),
                    new FollowUpCompletion(outcome.getValue(), occurredAt.getValue() == null ? null
                            : occurredAt.getValue().atZone(zone).toInstant(), notes.getValue()));
            Notifications.success(getTranslation("follow-up.completed"));
            close();
            onDone.accept(completed);
        } catch (FieldRejectedException rejected) {
            outcome.setErrorMessage(getTranslation(rejected.messageKey()));
            outcome.setInvalid(true);
        } catch (ConstraintViolationException invalid) {
            invalid.getConstraintViolations().forEach(violation -> {
                var field = "notes".equals(violation.getPropertyPath().toString()) ? notes : occurredAt;
                field.setErrorMessage(getTranslation(BeanPropertyValidator.messageKey(violation.getMessageTemplate())));
                field.setInvalid(true);
            });
        } catch (ObjectOptimisticLockingFailureException conflict) {
            Notifications.error(getTranslation("follow-up.conflict"));
            close();
        }
    }
}
