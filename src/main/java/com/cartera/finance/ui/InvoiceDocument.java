package com.cartera.finance.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;

import com.cartera.finance.Invoice;
import com.cartera.finance.InvoiceKind;
import com.cartera.finance.InvoiceLine;
import com.cartera.finance.InvoiceService;
import com.cartera.finance.LedgerMovement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** An issued invoice or credit note, read-only: header, lines, totals, ledger movements, credit notes. */
class InvoiceDocument extends VerticalLayout {

    final Span summary = new Span();
    final Grid<InvoiceLine> lines = new Grid<>();
    final Grid<LedgerMovement> movements = new Grid<>();
    final Div creditNotes = new Div();
    final Button creditNote = new Button();

    InvoiceDocument(Invoice invoice, String customerName, InvoiceService invoices, String currency, boolean writes,
                    LongConsumer changed) {
        setPadding(false);
        addClassName("invoice-document");
        Locale locale = getLocale();
        var customer = new Anchor("customers/" + invoice.customerId(), customerName);
        var header = new FlexLayout(FinanceUi.badge(this, invoice.kind(), invoice.status()), customer,
                new Span(getTranslation("finance.invoice.issued-on") + ": " + FinanceUi.date(invoice.issuedOn(), locale)),
                new Span(getTranslation("finance.invoice.due-on") + ": " + FinanceUi.date(invoice.dueOn(), locale)));
        header.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        header.setAlignItems(Alignment.BASELINE);
        header.getStyle().set("gap", "var(--lumo-space-m)");
        add(header);
        if (invoice.kind() == InvoiceKind.CREDIT_NOTE) {
            add(new Anchor("finance/invoices/" + invoice.creditedInvoiceId(),
                    getTranslation("finance.credit.of-invoice")));
        }
        if (invoice.notes() != null) {
            add(new Span(invoice.notes()));
        }

        lines.addColumn(InvoiceLine::description).setHeader(getTranslation("finance.line.description"))
                .setWidth("16em").setFlexGrow(1);
        lines.addColumn(line -> line.quantity().stripTrailingZeros().toPlainString())
                .setHeader(getTranslation("finance.line.quantity")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        lines.addColumn(line -> FinanceUi.money(line.unitPrice(), currency, locale))
                .setHeader(getTranslation("finance.line.unit-price")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        lines.addColumn(line -> line.discountPercent().signum() == 0 ? ""
                : line.discountPercent().stripTrailingZeros().toPlainString() + " %")
                .setHeader(getTranslation("finance.line.discount")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        lines.addColumn(line -> line.taxRate().stripTrailingZeros().toPlainString() + " %")
                .setHeader(getTranslation("finance.line.tax-rate")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        lines.addColumn(line -> FinanceUi.money(line.net(), currency, locale))
                .setHeader(getTranslation("finance.line.net")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        lines.setItems(invoice.lines());
        lines.setAllRowsVisible(true);
        summary.setText(getTranslation("finance.invoice.totals", FinanceUi.money(invoice.subtotal(), currency, locale),
                FinanceUi.money(invoice.taxTotal(), currency, locale), FinanceUi.money(invoice.total(), currency, locale))
                + (invoice.kind() == InvoiceKind.INVOICE ? " · " + getTranslation("finance.invoice.open") + ": "
                + FinanceUi.money(invoice.openAmount(), currency, locale) : ""));
        summary.addClassName("invoice-summary");
        add(lines, summary);

        if (invoice.kind() == InvoiceKind.INVOICE) {
            movements.addColumn(movement -> FinanceUi.date(movement.bookedOn(), locale))
                    .setHeader(getTranslation("finance.ledger.booked-on")).setAutoWidth(true);
            movements.addColumn(movement -> getTranslation("finance.ledger.kind." + movement.kind().name()))
                    .setHeader(getTranslation("finance.ledger.kind")).setFlexGrow(1);
            movements.addColumn(movement -> FinanceUi.money(movement.amount(), currency, locale))
                    .setHeader(getTranslation("finance.ledger.amount")).setTextAlign(ColumnTextAlign.END)
                    .setAutoWidth(true);
            movements.setItems(invoices.movements(invoice.id()));
            movements.setAllRowsVisible(true);
            List<Invoice> notes = invoices.creditNotesOf(invoice.id());
            notes.forEach(note -> creditNotes.add(new Div(new Anchor("finance/invoices/" + note.id(),
                    note.number() + " · " + FinanceUi.money(note.total(), currency, locale) + " · "
                            + FinanceUi.date(note.issuedOn(), locale)))));
            creditNote.setText(getTranslation("finance.credit.action"));
            creditNote.setVisible(writes && invoice.isOpen());
            creditNote.addClickListener(e -> new CreditNoteDialog(invoice, invoices, currency,
                    () -> changed.accept(invoice.id())).open());
            add(new H3(getTranslation("finance.ledger.title")), movements);
            if (!notes.isEmpty()) {
                add(new H3(getTranslation("finance.credit.title")), creditNotes);
            }
            add(creditNote);
        }
    }
}
