package com.cartera.finance.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.cartera.base.ui.Notifications;
import com.cartera.commerce.ProductService;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerFilter;
import com.cartera.customer.CustomerService;
import com.cartera.finance.FinanceRefusedException;
import com.cartera.finance.Invoice;
import com.cartera.finance.InvoiceDraft;
import com.cartera.finance.InvoiceLine;
import com.cartera.finance.InvoiceService;
import com.cartera.finance.TaxRate;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** A draft invoice being written: customer, number, dates, notes and lines; saved, issued or deleted. */
class DraftEditor extends VerticalLayout {

    final ComboBox<Customer> customer = new ComboBox<>();
    final TextField number = new TextField();
    final DatePicker issuedOn = new DatePicker();
    final DatePicker dueOn = new DatePicker();
    final TextArea notes = new TextArea();
    final LinesEditor lines;
    final Button save = new Button();
    final Button issue = new Button();
    final Button delete = new Button();

    private final InvoiceService invoices;
    private final Invoice current;
    private final Consumer<Invoice> saved;

    DraftEditor(InvoiceService invoices, List<TaxRate> rates, ProductService products, CustomerService customers,
                String currency, Invoice current, Long customerId, Consumer<Invoice> saved) {
        this.invoices = invoices;
        this.current = current;
        this.saved = saved;
        setPadding(false);
        addClassName("draft-editor");
        customer.setLabel(getTranslation("finance.invoice.customer"));
        customer.setItemLabelGenerator(Customer::getName);
        customer.setItems(query -> customers.page(CustomerFilter.NONE.withText(query.getFilter().orElse("")),
                PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("name"))).stream());
        customer.setRequiredIndicatorVisible(true);
        customer.setWidth("min(24em, 100%)");
        if (customerId != null) {
            customers.find(customerId).ifPresent(customer::setValue);
        }
        customer.setReadOnly(current != null);
        number.setLabel(getTranslation("finance.invoice.number"));
        number.setPlaceholder(getTranslation("finance.invoice.number.auto"));
        number.setMaxLength(40);
        issuedOn.setLabel(getTranslation("finance.invoice.issued-on"));
        issuedOn.setHelperText(getTranslation("finance.invoice.issued-on.help"));
        dueOn.setLabel(getTranslation("finance.invoice.due-on"));
        dueOn.setHelperText(getTranslation("finance.invoice.due-on.help"));
        notes.setLabel(getTranslation("finance.invoice.notes"));
        notes.setMaxLength(2000);
        notes.setWidthFull();
        lines = new LinesEditor(new ProductChoices(products), rates, currency);
        if (current != null) {
            number.setValue(current.numbered() ? current.number() : "");
            issuedOn.setValue(current.issuedOn());
            dueOn.setValue(current.dueOn());
            notes.setValue(current.notes() == null ? "" : current.notes());
            for (InvoiceLine line : current.lines()) {
                lines.show(line, products);
            }
        } else {
            lines.addRow();
        }
        save.setText(getTranslation("finance.invoice.save-draft"));
        save.addClickListener(e -> save().ifPresent(saved));
        issue.setText(getTranslation("finance.invoice.issue"));
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issue.addClickListener(e -> issue());
        delete.setText(getTranslation("finance.invoice.delete-draft"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.setVisible(current != null);
        delete.addClickListener(e -> delete());
        var header = new FlexLayout(customer, number, issuedOn, dueOn);
        header.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        header.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        var buttons = new FlexLayout(save, issue, delete);
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.getStyle().set("gap", "var(--lumo-space-s)");
        add(header, lines, notes, buttons);
    }

    Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>(lines.fields());
        fields.put("customer", customer);
        fields.put("number", number);
        fields.put("issuedOn", issuedOn);
        fields.put("dueOn", dueOn);
        fields.put("notes", notes);
        return fields;
    }

    private java.util.Optional<Invoice> save() {
        fields().values().forEach(field -> field.setInvalid(false));
        if (customer.getValue() == null) {
            customer.setErrorMessage(getTranslation("finance.error.customer-missing"));
            customer.setInvalid(true);
            return java.util.Optional.empty();
        }
        var draft = new InvoiceDraft(customer.getValue().getId(), number.getValue(), issuedOn.getValue(),
                dueOn.getValue(), notes.getValue(), lines.drafts());
        try {
            Invoice written = current == null ? invoices.createDraft(draft)
                    : invoices.updateDraft(current.id(), current.version(), draft);
            Notifications.success(getTranslation("finance.invoice.saved"));
            return java.util.Optional.of(written);
        } catch (FinanceRefusedException refused) {
            if ("lines".equals(refused.field())) {
                lines.addLine.focus();
            }
            FinanceUi.show(this, refused, fields());
        } catch (ObjectOptimisticLockingFailureException stale) {
            Notifications.warning(getTranslation("finance.invoice.conflict"));
        }
        return java.util.Optional.empty();
    }

    private void issue() {
        save().ifPresent(draft -> {
            try {
                Invoice issued = invoices.issue(draft.id());
                Notifications.success(getTranslation("finance.invoice.issued", issued.number()));
                saved.accept(issued);
            } catch (FinanceRefusedException refused) {
                FinanceUi.show(this, refused, fields());
                saved.accept(draft);
            } catch (ObjectOptimisticLockingFailureException stale) {
                Notifications.warning(getTranslation("finance.invoice.conflict"));
            }
        });
    }

    private void delete() {
        try {
            invoices.deleteDraft(current.id(), current.version());
            Notifications.success(getTranslation("finance.invoice.deleted"));
            UI.getCurrent().navigate(InvoicesView.class);
        } catch (ObjectOptimisticLockingFailureException stale) {
            Notifications.warning(getTranslation("finance.invoice.conflict"));
        }
    }
}
