package com.cartera.finance.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.cartera.finance.InvoiceAllocation;
import com.cartera.finance.Statement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;

/**
 * A customer's open invoices, each with a field for what to allocate to it, a button that fills them the one due
 * first first, and the part of the amount left unallocated, kept up to date as the fields change.
 */
class AllocationEditor extends VerticalLayout {

    final Map<Long, BigDecimalField> fields = new LinkedHashMap<>();
    final Button oldestFirst = new Button();
    final Span remainder = new Span();

    private final PaymentFormat format;
    private final Function<BigDecimal, List<InvoiceAllocation>> suggestion;
    private BigDecimal amount = BigDecimal.ZERO;

    /** @param suggestion what the service proposes for an amount, oldest due first */
    AllocationEditor(PaymentFormat format, Function<BigDecimal, List<InvoiceAllocation>> suggestion) {
        this.format = format;
        this.suggestion = suggestion;
        addClassName("allocation-editor");
        setPadding(false);
        setSpacing(false);
        oldestFirst.setText(getTranslation("finance.payments.allocate-oldest"));
        oldestFirst.addThemeVariants(ButtonVariant.LUMO_SMALL);
        oldestFirst.addClickListener(e -> fillOldestFirst());
        remainder.addClassName("allocation-remainder");
    }

    /** Shows {@code invoices} with empty fields. */
    void show(List<Statement.OpenInvoice> invoices) {
        removeAll();
        fields.clear();
        if (invoices.isEmpty()) {
            add(new Span(getTranslation("finance.payments.no-open-invoices")));
        }
        for (Statement.OpenInvoice invoice : invoices) {
            var field = new BigDecimalField();
            field.setWidth("8em");
            field.setAriaLabel(invoice.number());
            field.addValueChangeListener(e -> updateRemainder());
            fields.put(invoice.invoiceId(), field);
            var text = new Div(new Span(invoice.number()), new Div(getTranslation("finance.payments.invoice-line",
                    format.date(invoice.dueOn()), format.money(invoice.openAmount()))));
            text.getStyle().set("flex", "1 1 12em").set("min-width", "0");
            var row = new HorizontalLayout(text, field);
            row.setWidthFull();
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            add(row);
        }
        var actions = new HorizontalLayout(oldestFirst, remainder);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        oldestFirst.setEnabled(!invoices.isEmpty());
        add(actions);
        updateRemainder();
    }

    /** The payment's amount (or credit) the allocations come out of. */
    void setAmount(BigDecimal amount) {
        this.amount = amount == null ? BigDecimal.ZERO : amount;
        updateRemainder();
    }

    void fillOldestFirst() {
        fields.values().forEach(BigDecimalField::clear);
        for (InvoiceAllocation part : suggestion.apply(amount)) {
            BigDecimalField field = fields.get(part.invoiceId());
            if (field != null) {
                field.setValue(part.amount());
            }
        }
        updateRemainder();
    }

    List<InvoiceAllocation> allocations() {
        List<InvoiceAllocation> parts = new ArrayList<>();
        fields.forEach((id, field) -> {
            if (field.getValue() != null && field.getValue().signum() != 0) {
                parts.add(new InvoiceAllocation(id, field.getValue()));
            }
        });
        return parts;
    }

    BigDecimal unallocated() {
        return amount.subtract(allocations().stream().map(InvoiceAllocation::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    void clearErrors() {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    /** Marks the field of {@code invoiceId}; false when it is not shown. */
    boolean showError(long invoiceId, String message) {
        BigDecimalField field = fields.get(invoiceId);
        if (field == null) {
            return false;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
        return true;
    }

    private void updateRemainder() {
        BigDecimal left = unallocated();
        remainder.setText(getTranslation("finance.payments.remainder", format.money(left)));
        remainder.getElement().getThemeList().set("badge error", left.signum() < 0);
    }
}
