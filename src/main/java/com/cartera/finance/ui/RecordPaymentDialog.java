package com.cartera.finance.ui;

import java.util.Map;

import com.cartera.base.ui.Notifications;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerFilter;
import com.cartera.customer.PaymentMethod;
import com.cartera.finance.FinanceRefusedException;
import com.cartera.finance.PaymentDraft;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Records a payment: the customer, day, amount, currency, method, reference and notes, and what goes to each of
 * the customer's open invoices; the rest stays as credit. A refusal shows on its field and keeps the dialog open.
 */
class RecordPaymentDialog extends Dialog {

    final ComboBox<Customer> customer = new ComboBox<>();
    final DatePicker receivedOn = new DatePicker();
    final BigDecimalField amount = new BigDecimalField();
    final TextField currency = new TextField();
    final ComboBox<PaymentMethod> method = new ComboBox<>();
    final TextField reference = new TextField();
    final TextArea notes = new TextArea();
    final AllocationEditor allocations;
    final Button save = new Button();

    private final PaymentTools tools;
    private final PaymentFormat format;
    private final Runnable onSaved;
    private final Map<String, HasValidation> fields;

    /** @param preset the customer who pays, or null to pick one */
    RecordPaymentDialog(PaymentTools tools, PaymentFormat format, Customer preset, Runnable onSaved) {
        this.tools = tools;
        this.format = format;
        this.onSaved = onSaved;
        addClassName("record-payment-dialog");
        setHeaderTitle(getTranslation("finance.payments.record"));
        setWidth("min(44rem, 100%)");
        customer.setLabel(getTranslation("finance.payments.customer"));
        customer.setItemLabelGenerator(Customer::getName);
        customer.setItems(query -> tools.customers().page(CustomerFilter.NONE.withText(
                query.getFilter().orElse("")), PageRequest.of(query.getPage(), query.getPageSize(),
                Sort.by("name"))).stream());
        customer.setRequiredIndicatorVisible(true);
        receivedOn.setLabel(getTranslation("finance.payments.received-on"));
        receivedOn.setValue(tools.today());
        receivedOn.setMax(tools.today());
        amount.setLabel(getTranslation("finance.payments.amount"));
        amount.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        currency.setLabel(getTranslation("finance.payments.currency"));
        currency.setValue(tools.currency());
        currency.setMaxLength(3);
        method.setLabel(getTranslation("finance.payments.method"));
        method.setItems(PaymentMethod.values());
        method.setItemLabelGenerator(value -> format.label("finance.payments.method", value));
        method.setValue(PaymentMethod.BANK_TRANSFER);
        reference.setLabel(getTranslation("finance.payments.reference"));
        reference.setMaxLength(80);
        notes.setLabel(getTranslation("finance.payments.notes"));
        notes.setMaxLength(2000);
        var form = new FormLayout(customer, receivedOn, amount, currency, method, reference, notes);
        form.setColspan(customer, 2);
        form.setColspan(notes, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        allocations = new AllocationEditor(format, left -> customer.getValue() == null ? java.util.List.of()
                : tools.service().suggestAllocation(customer.getValue().getId(), left));
        add(form, new H4(getTranslation("finance.payments.allocation")), allocations);
        fields = Map.of("customer", customer, "receivedOn", receivedOn, "amount", amount, "currency", currency,
                "method", method, "reference", reference, "notes", notes);

        customer.addValueChangeListener(e -> showInvoices(e.getValue()));
        amount.addValueChangeListener(e -> allocations.setAmount(e.getValue()));
        if (preset != null) {
            customer.setValue(preset);
            customer.setReadOnly(true);
        } else {
            showInvoices(null);
        }
        save.setText(getTranslation("finance.payments.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        var cancel = new Button(getTranslation("finance.payments.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, save);
    }

    private void showInvoices(Customer chosen) {
        allocations.show(chosen == null ? java.util.List.of() : tools.payments().openInvoices(chosen.getId()));
        allocations.setAmount(amount.getValue());
    }

    void save() {
        fields.values().forEach(field -> field.setInvalid(false));
        allocations.clearErrors();
        var draft = new PaymentDraft(customer.getValue() == null ? null : customer.getValue().getId(),
                receivedOn.getValue(), amount.getValue(), currency.getValue(), method.getValue(),
                reference.getValue(), notes.getValue(), allocations.allocations());
        try {
            tools.service().record(draft);
            Notifications.success(getTranslation("finance.payments.saved"));
            close();
            onSaved.run();
        } catch (FinanceRefusedException refused) {
            String text = format.message(refused);
            HasValidation field = fields.get(refused.field());
            if (field != null) {
                field.setErrorMessage(text);
                field.setInvalid(true);
            } else if (!refused.field().startsWith("allocation.")
                    || !allocations.showError(Long.parseLong(refused.field().substring(11)), text)) {
                Notifications.error(text);
            }
        }
    }
}
