package com.cartera.sales.ui;

import java.util.Map;
import java.util.Set;

import com.cartera.base.ui.BeanPropertyValidator;
import com.cartera.base.ui.Notifications;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerFilter;
import com.cartera.customer.CustomerService;
import com.cartera.customer.PaymentRiskReason;
import com.cartera.sales.Opportunity;
import com.cartera.sales.OpportunityService;
import com.cartera.security.FieldRejectedException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The board's quick add: customer (searched as typed, page by page), title and amount; lands on top of the first stage. */
class QuickAddDialog extends Dialog {

    final ComboBox<Customer> customer = new ComboBox<>();
    final TextField title = new TextField();
    final BigDecimalField amount = new BigDecimalField();
    final Button save = new Button();
    /** Tells that the chosen customer is over their credit limit or long past due; saving stays possible. */
    final Span riskWarning = new Span();

    private static final Set<PaymentRiskReason> WARNED = Set.of(PaymentRiskReason.OVER_CREDIT_LIMIT,
            PaymentRiskReason.OVERDUE_LONG);

    private final Map<String, HasValidation> fields = Map.of("customer", customer, "title", title, "amount", amount);

    QuickAddDialog(long pipelineId, String currency, OpportunityService opportunityService,
                   CustomerService customerService, Runnable onSaved) {
        setHeaderTitle(getTranslation("pipeline.quick-add"));
        setWidth("min(30rem, 100%)");
        customer.setLabel(getTranslation("opportunity.customer"));
        customer.setItemLabelGenerator(Customer::getName);
        customer.setItems(query -> customerService.page(CustomerFilter.NONE.withText(query.getFilter().orElse("")),
                PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("name"))).stream());
        customer.setRequiredIndicatorVisible(true);
        customer.addValueChangeListener(e -> warnAboutPaymentRisk(e.getValue()));
        riskWarning.addClassName("payment-risk-warning");
        riskWarning.getElement().setAttribute("theme", "badge warning");
        riskWarning.getElement().setAttribute("role", "status");
        riskWarning.setVisible(false);
        title.setLabel(getTranslation("opportunity.title"));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(200);
        amount.setLabel(getTranslation("opportunity.amount"));
        amount.setSuffixComponent(new Span(currency));

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> {
            fields.values().forEach(field -> field.setInvalid(false));
            try {
                Opportunity added = opportunityService.quickAdd(pipelineId,
                        customer.getValue() == null ? null : customer.getValue().getId(), title.getValue(),
                        amount.getValue());
                Notifications.success(getTranslation("pipeline.added", added.getTitle()));
                close();
                onSaved.run();
            } catch (FieldRejectedException rejected) {
                show(rejected.field(), rejected.messageKey());
            } catch (ConstraintViolationException invalid) {
                invalid.getConstraintViolations().forEach(violation -> show(violation.getPropertyPath().toString(),
                        BeanPropertyValidator.messageKey(violation.getMessageTemplate())));
            }
        });
        var form = new FormLayout(customer, riskWarning, title, amount);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        addOpenedChangeListener(e -> customer.focus());
    }

    private void warnAboutPaymentRisk(Customer chosen) {
        Set<PaymentRiskReason> reasons = chosen == null ? Set.of() : chosen.getPaymentRiskReasons();
        var serious = reasons.stream().filter(WARNED::contains).sorted()
                .map(reason -> getTranslation("payment-risk.reason." + reason.name())).toList();
        riskWarning.setVisible(!serious.isEmpty());
        if (!serious.isEmpty()) {
            riskWarning.setText(getTranslation("payment-risk.opportunity-warning", chosen.getName(),
                    String.join(", ", serious)));
        }
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
