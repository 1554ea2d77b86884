package com.cartera.activity.ui;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import com.cartera.activity.FollowUp;
import com.cartera.activity.FollowUpDraft;
import com.cartera.activity.FollowUpKind;
import com.cartera.activity.FollowUpService;
import com.cartera.base.ui.BeanPropertyValidator;
import com.cartera.base.ui.Notifications;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerFilter;
import com.cartera.customer.CustomerService;
import com.cartera.sales.Opportunity;
import com.cartera.security.CurrentUser;
import com.cartera.security.FieldRejectedException;
import com.cartera.security.TeamDirectory;
import com.cartera.security.TeamMember;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import jakarta.validation.ConstraintViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Schedules a follow-up or changes an open one: the customer (fixed on the customer's page, searched as typed
 * in the agenda), one of its open opportunities, what, when, for how long, who does it and notes. For an
 * open one that is theirs, it also leads to completing or cancelling it.
 */
class FollowUpDialog extends Dialog {

    final ComboBox<Customer> customer = new ComboBox<>();
    final Select<Opportunity> opportunity = new Select<>();
    final Select<FollowUpKind> kind = new Select<>();
    final DateTimePicker dueAt = new DateTimePicker();
    final IntegerField duration = new IntegerField();
    final ComboBox<TeamMember> assignee = new ComboBox<>();
    final TextArea notes = new TextArea();
    final Button save = new Button();
    final Button complete = new Button();
    final Button cancelFollowUp = new Button();
    final Button close = new Button();

    private final FollowUp followUp;
    private final FollowUpService followUpService;
    private final Consumer<FollowUp> onChanged;
    private final ZoneId zone;
    private final Map<String, HasValidation> fields = Map.of("customer", customer, "opportunity", opportunity,
            "kind", kind, "dueAt", dueAt, "durationMinutes", duration, "assignee", assignee, "notes", notes);

    /**
     * @param fixedCustomer the customer whose page it is opened on, or null to pick one
     * @param followUp      the follow-up to show, or null to schedule one
     */
    FollowUpDialog(Customer fixedCustomer, FollowUp followUp, FollowUpService followUpService,
                   CustomerService customerService, TeamDirectory teamDirectory, CurrentUser currentUser, ZoneId zone,
                   Consumer<FollowUp> onChanged) {
        this.followUp = followUp;
        this.zone = zone;
        this.followUpService = followUpService;
        this.onChanged = onChanged;
        boolean editable = followUp == null || followUpService.canChange(followUp);
        setHeaderTitle(getTranslation(followUp == null ? "follow-up.new" : editable ? "follow-up.edit" : "follow-up.view"));
        setWidth("min(40rem, 100%)");

        customer.setLabel(getTranslation("follow-up.customer"));
        customer.setItemLabelGenerator(Customer::getName);
        customer.setRequiredIndicatorVisible(true);
        Customer shown = followUp != null ? followUp.getCustomer() : fixedCustomer;
        if (shown != null) {
            customer.setItems(shown);
            customer.setValue(shown);
            customer.setReadOnly(true);
        } else {
            customer.setItems(query -> customerService.page(CustomerFilter.NONE.withText(query.getFilter().orElse("")),
                    PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("name"))).stream());
        }
        opportunity.setLabel(getTranslation("follow-up.opportunity"));
        opportunity.setItemLabelGenerator(o -> o == null ? getTranslation("follow-up.opportunity.none") : o.getTitle());
        opportunity.setEmptySelectionAllowed(true);
        opportunity.setEmptySelectionCaption(getTranslation("follow-up.opportunity.none"));
        customer.addValueChangeListener(e -> showOpportunitiesOf(e.getValue()));
        showOpportunitiesOf(customer.getValue());

        kind.setLabel(getTranslation("follow-up.kind"));
        kind.setItems(FollowUpKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("follow-up.kind." + k.name()));
        dueAt.setLabel(getTranslation("follow-up.due"));
        dueAt.setStep(Duration.ofMinutes(15));
        duration.setLabel(getTranslation("follow-up.duration"));
        duration.setMin(5);
        duration.setMax(1440);
        duration.setStepButtonsVisible(true);
        duration.setStep(5);
        assignee.setLabel(getTranslation("follow-up.assignee"));
        assignee.setItems(teamDirectory.activeMembers());
        assignee.setItemLabelGenerator(TeamMember::getDisplayName);
        assignee.setReadOnly(!followUpService.canAssignOthers());
        notes.setLabel(getTranslation("follow-up.notes"));
        notes.setMaxLength(4000);

        if (followUp == null) {
            kind.setValue(FollowUpKind.CALL);
            dueAt.setValue(LocalDateTime.now(zone).truncatedTo(ChronoUnit.HOURS).plusDays(1).withHour(10));
            duration.setValue(30);
            teamDirectory.find(currentUser.require().userId()).ifPresent(assignee::setValue);
        } else {
            opportunity.setValue(followUp.getOpportunity());
            kind.setValue(followUp.getKind());
            dueAt.setValue(LocalDateTime.ofInstant(followUp.getDueAt(), zone));
            duration.setValue(followUp.getDurationMinutes());
            assignee.setValue(followUp.getAssignee());
            notes.setValue(Objects.requireNonNullElse(followUp.getNotes(), ""));
        }

        var form = new FormLayout(customer, opportunity, kind, dueAt, duration, assignee, notes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28em", 2));
        form.setColspan(dueAt, 2);
        form.setColspan(notes, 2);
        add(form);

        save.setText(getTranslation(followUp == null ? "follow-up.schedule" : "action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        complete.setText(getTranslation("follow-up.complete"));
        complete.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        complete.addClickListener(e -> openCompleteDialog());
        cancelFollowUp.setText(getTranslation("follow-up.cancel"));
        cancelFollowUp.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        cancelFollowUp.addClickListener(e -> cancelFollowUp());
        close.setText(getTranslation(editable ? "action.cancel" : "action.close"));
        close.addClickListener(e -> close());
        boolean existing = followUp != null && editable;
        complete.setVisible(existing);
        cancelFollowUp.setVisible(existing);
        save.setVisible(editable);
        if (!editable) {
            form.getChildren().forEach(field -> ((HasValue<?, ?>) field).setReadOnly(true));
        }
        getFooter().add(cancelFollowUp, close, complete, save);
    }

    private void showOpportunitiesOf(Customer chosen) {
        opportunity.setItems(chosen == null || chosen.getId() == null ? List.of()
                : followUpService.opportunitiesOf(chosen.getId()));
        if (followUp != null && followUp.getOpportunity() != null && chosen != null) {
            opportunity.setValue(followUp.getOpportunity());
        }
    }

    private FollowUpDraft draft() {
        return new FollowUpDraft(customer.getValue() == null ? null : customer.getValue().getId(),
                opportunity.getValue() == null ? null : opportunity.getValue().getId(), kind.getValue(),
                dueAt.getValue() == null ? null : dueAt.getValue().atZone(zone).toInstant(),
                duration.getValue(), assignee.getValue() == null ? null : assignee.getValue().getUserId(),
                notes.getValue());
    }

    private void save() {
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            FollowUp saved = followUp == null ? followUpService.schedule(draft())
                    : followUpService.update(followUp.getId(), followUp.getVersion(), draft());
            Notifications.success(getTranslation(followUp == null ? "follow-up.scheduled" : "follow-up.updated"));
            close();
            onChanged.accept(saved);
        } catch (FieldRejectedException rejected) {
            show(rejected.field(), rejected.messageKey());
        } catch (ConstraintViolationException invalid) {
            invalid.getConstraintViolations().forEach(violation -> show(violation.getPropertyPath().toString(),
                    BeanPropertyValidator.messageKey(violation.getMessageTemplate())));
        } catch (ObjectOptimisticLockingFailureException conflict) {
            Notifications.error(getTranslation("follow-up.conflict"));
        }
    }

    private void cancelFollowUp() {
        try {
            FollowUp cancelled = followUpService.cancel(followUp.getId(), followUp.getVersion());
            Notifications.success(getTranslation("follow-up.cancelled"));
            close();
            onChanged.accept(cancelled);
        } catch (ObjectOptimisticLockingFailureException conflict) {
            Notifications.error(getTranslation("follow-up.conflict"));
        }
    }

    CompleteFollowUpDialog openCompleteDialog() {
        var dialog = new CompleteFollowUpDialog(followUp, followUpService, zone, done -> {
            close();
            onChanged.accept(done);
        });
        dialog.open();
        return dialog;
    }

    private void show(String field, String messageKey) {
        HasValidation target = fields.get(field);
        if (target == null) {
            Notifications.error(getTranslation(messageKey));
            return;
        }
        target.setErrorMessage(getTranslation(messageKey));
        target.setInvalid(true);
    }
}
