package com.cartera.activity.ui;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.cartera.activity.Interaction;
import com.cartera.activity.InteractionDirection;
import com.cartera.activity.InteractionDraft;
import com.cartera.activity.InteractionKind;
import com.cartera.activity.InteractionOutcome;
import com.cartera.activity.InteractionService;
import com.cartera.base.mention.MentionCandidate;
import com.cartera.base.mention.MentionField;
import com.cartera.base.ui.BeanPropertyValidator;
import com.cartera.base.ui.Notifications;
import com.cartera.customer.Customer;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Logs a call, visit, e-mail, meeting or note with a customer, or corrects one's own: what, who started it,
 * when (now unless said otherwise, never in the future), how it went and notes.
 */
class InteractionDialog extends Dialog {

    /** Times are entered and shown in the server's zone, as elsewhere in Cartera. */

    final Select<InteractionKind> kind = new Select<>();
    final RadioButtonGroup<InteractionDirection> direction = new RadioButtonGroup<>();
    final DateTimePicker occurredAt = new DateTimePicker();
    final Select<InteractionOutcome> outcome = new Select<>();
    final MentionField notes;
    final Button save = new Button();
    final Button cancel = new Button();

    private final Customer customer;
    private final Interaction interaction;
    private final InteractionService interactionService;
    private final Consumer<Interaction> onSaved;
    private final ZoneId zone;

    /** @param interaction one's own interaction to correct, or null to log a new one */
    InteractionDialog(Customer customer, Interaction interaction, InteractionService interactionService, ZoneId zone,
                      Supplier<List<MentionCandidate>> members, Consumer<Interaction> onSaved) {
        this.notes = new MentionField(members);
        this.customer = customer;
        this.zone = zone;
        this.interaction = interaction;
        this.interactionService = interactionService;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(interaction == null ? "interaction.new" : "interaction.edit", customer.getName()));
        setWidth("min(36rem, 100%)");

        kind.setLabel(getTranslation("interaction.kind"));
        kind.setItems(InteractionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("interaction.kind." + k.name()));
        direction.setLabel(getTranslation("interaction.direction"));
        direction.setItems(InteractionDirection.values());
        direction.setItemLabelGenerator(d -> getTranslation("interaction.direction." + d.name()));
        occurredAt.setLabel(getTranslation("interaction.occurred-at"));
        LocalDateTime now = LocalDateTime.now(zone).truncatedTo(ChronoUnit.MINUTES);
        occurredAt.setMax(now);
        outcome.setLabel(getTranslation("interaction.outcome"));
        outcome.setItems(InteractionOutcome.values());
        outcome.setItemLabelGenerator(o -> o == null ? getTranslation("interaction.outcome.none")
                : getTranslation("interaction.outcome." + o.name()));
        outcome.setEmptySelectionAllowed(true);
        outcome.setEmptySelectionCaption(getTranslation("interaction.outcome.none"));
        notes.setLabel(getTranslation("interaction.notes"));
        notes.textArea().setMaxLength(4000);

        if (interaction == null) {
            kind.setValue(InteractionKind.CALL);
            direction.setValue(InteractionDirection.OUTBOUND);
            occurredAt.setValue(now);
        } else {
            kind.setValue(interaction.getKind());
            direction.setValue(interaction.getDirection());
            occurredAt.setValue(LocalDateTime.ofInstant(interaction.getOccurredAt(), zone));
            outcome.setValue(interaction.getOutcome());
            notes.setValue(Objects.requireNonNullElse(interaction.getNotes(), ""));
        }

        var form = new FormLayout(kind, direction, occurredAt, outcome, notes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("26em", 2));
        form.setColspan(occurredAt, 2);
        form.setColspan(notes, 2);
        add(form);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, save);
    }

    private InteractionDraft draft() {
        return new InteractionDraft(kind.getValue(), direction.getValue(),
                occurredAt.getValue() == null ? null : occurredAt.getValue().atZone(zone).toInstant(),
                outcome.getValue(), notes.getValue());
    }

    private void save() {
        kind.setInvalid(false);
        direction.setInvalid(false);
        occurredAt.setInvalid(false);
        notes.setInvalid(false);
        try {
            Interaction saved = interaction == null
                    ? interactionService.log(customer.getId(), draft())
                    : interactionService.update(interaction.getId(), interaction.getVersion(), draft());
            Notifications.success(getTranslation(interaction == null ? "interaction.logged" : "interaction.updated"));
            close();
            onSaved.accept(saved);
        } catch (ConstraintViolationException invalid) {
            invalid.getConstraintViolations().forEach(this::show);
        } catch (ObjectOptimisticLockingFailureException conflict) {
            Notifications.error(getTranslation("interaction.conflict"));
        }
    }

    private void show(ConstraintViolation<?> violation) {
        HasValidation field = switch (violation.getPropertyPath().toString()) {
            case "kind" -> kind;
            case "direction" -> direction;
            case "occurredAt" -> occurredAt;
            default -> notes;
        };
        field.setErrorMessage(getTranslation(BeanPropertyValidator.messageKey(violation.getMessageTemplate())));
        field.setInvalid(true);
    }
}
