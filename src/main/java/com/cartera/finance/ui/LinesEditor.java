package com.cartera.finance.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.cartera.finance.InvoiceLine;
import com.cartera.finance.InvoiceLineDraft;
import com.cartera.finance.InvoiceTotals;
import com.cartera.finance.TaxRate;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The lines of a draft (or of a credit note) and their totals, recomputed as they are typed the way the invoice
 * will hold them ({@link InvoiceTotals}: per line, then summed).
 */
class LinesEditor extends VerticalLayout {

    final List<LineRow> rows = new ArrayList<>();
    final Button addLine = new Button(VaadinIcon.PLUS.create());
    final Span totals = new Span();

    private final Div lines = new Div();
    private final ProductChoices products;
    private final List<TaxRate> rates;
    private final String currency;

    LinesEditor(ProductChoices products, List<TaxRate> rates, String currency) {
        this.products = products;
        this.rates = rates;
        this.currency = currency;
        setPadding(false);
        addClassName("invoice-lines");
        addLine.setText(getTranslation("finance.line.add"));
        addLine.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addLine.addClickListener(e -> addRow());
        totals.addClassName("invoice-totals");
        add(lines, addLine, totals);
    }

    LineRow addRow() {
        LineRow[] made = new LineRow[1];
        made[0] = new LineRow(products, rates, this::recompute, () -> {
            rows.remove(made[0]);
            lines.remove(made[0]);
            recompute();
        });
        rows.add(made[0]);
        lines.add(made[0]);
        recompute();
        return made[0];
    }

    /** Shows a written line again; its percentage picks the active rate of the same value, if any. */
    void show(InvoiceLine line, com.cartera.commerce.ProductService catalogue) {
        LineRow row = addRow();
        if (line.productId() != null) {
            catalogue.find(line.productId()).ifPresent(row.product::setValue);
        }
        row.description.setValue(line.description());
        row.quantity.setValue(line.quantity());
        row.unitPrice.setValue(line.unitPrice());
        row.discount.setValue(line.discountPercent().signum() == 0 ? null : line.discountPercent());
        row.taxRate.setValue(rates.stream().filter(rate -> rate.rate().compareTo(line.taxRate()) == 0).findFirst()
                .orElse(null));
    }

    List<InvoiceLineDraft> drafts() {
        return rows.stream().map(LineRow::draft).toList();
    }

    Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            fields.putAll(rows.get(i).fields(i));
        }
        return fields;
    }

    void clearErrors() {
        rows.forEach(LineRow::clearErrors);
    }

    /** The totals of the lines typed in full so far. */
    InvoiceTotals computed() {
        List<InvoiceTotals.LineInput> inputs = rows.stream()
                .filter(row -> row.quantity.getValue() != null && row.unitPrice.getValue() != null
                        && row.taxRate.getValue() != null)
                .map(row -> new InvoiceTotals.LineInput(row.quantity.getValue(), row.unitPrice.getValue(),
                        row.discount.getValue() == null ? BigDecimal.ZERO : row.discount.getValue(),
                        row.taxRate.getValue().rate()))
                .toList();
        return InvoiceTotals.of(inputs);
    }

    private void recompute() {
        Locale locale = getLocale();
        InvoiceTotals computed = computed();
        totals.setText(getTranslation("finance.invoice.totals",
                FinanceUi.money(computed.subtotal(), currency, locale),
                FinanceUi.money(computed.taxTotal(), currency, locale),
                FinanceUi.money(computed.total(), currency, locale)));
    }
}
