package com.cartera.finance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.finance.FinanceFixtures;
import com.cartera.finance.Invoice;
import com.cartera.finance.InvoiceFilter;
import com.cartera.finance.InvoiceQueue;
import com.cartera.finance.InvoiceRow;
import com.cartera.finance.InvoiceStatus;
import com.cartera.finance.LedgerEntryKind;
import com.cartera.finance.LedgerMovement;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

/** The invoice list with its drill-down parameters, the draft editor, the issued document and its credit note. */
@CarteraIntegrationTest
class InvoicePagesTest extends KaribuTest {

    @Test
    void theListTakesTheDashboardsParameters() {
        var fx = new FinanceFixtures(context, "Lista UI");
        Invoice january = fx.issued(fx.customer, "10.00", LocalDate.of(2026, 1, 1));  // due 31 Jan
        Invoice march = fx.issued(fx.customer, "20.00", LocalDate.of(2026, 3, 1));    // due 31 Mar
        login(fx.finance);

        UI.getCurrent().navigate("finance/invoices", QueryParameters.simple(Map.of("asOf", "2026-03-10",
                "bucket", "DAYS_31_60")));
        InvoicesView view = _get(InvoicesView.class);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(view.count.getText()).isEqualTo("Facturas: 1");
        assertThat(GridKt._findAll(view.grid)).extracting(InvoiceRow::id).containsExactly(january.id());

        UI.getCurrent().navigate("finance/invoices", QueryParameters.simple(Map.of("status", "ISSUED",
                "customer", String.valueOf(fx.customer.getId()))));
        view = _get(InvoicesView.class);
        assertThat(view.status.getValue()).containsExactly(InvoiceStatus.ISSUED);
        assertThat(view.customerFilter.getText()).isEqualTo("Cliente: Ferretería Ruiz S.L.");
        assertThat(GridKt._findAll(view.grid)).extracting(InvoiceRow::id).containsExactly(march.id(), january.id());
        _click(view.clearCustomer);
        assertThat(view.customerFilter.isVisible()).isFalse();
    }

    @Test
    void aDraftIsWrittenWithLiveTotalsRefusedOnItsFieldAndIssued() {
        var fx = new FinanceFixtures(context, "Editor");
        login(fx.finance);
        UI.getCurrent().navigate("finance/invoices/new",
                QueryParameters.of("customer", String.valueOf(fx.customer.getId())));
        DraftEditor editor = _get(InvoiceView.class).editor;
        assertThat(editor.customer.getValue().getName()).isEqualTo("Ferretería Ruiz S.L.");
        LineRow line = editor.lines.rows.getFirst();
        assertThat(line.taxRate.getValue().name()).isEqualTo("IVA 21 %");
        line.description.setValue("Revisión anual");
        line.quantity.setValue(new BigDecimal("2"));
        line.unitPrice.setValue(new BigDecimal("49.95"));
        line.discount.setValue(new BigDecimal("5"));
        // 2 × 49.95 = 99.90, less 5 % = 94.905 → 94.91; tax 21 % = 19.9311 → 19.93; total 114.84.
        assertThat(editor.lines.totals.getText()).contains("94,91").contains("19,93").contains("114,84");

        editor.issuedOn.setValue(LocalDate.of(2026, 5, 10));
        editor.dueOn.setValue(LocalDate.of(2026, 5, 1));
        _click(editor.issue);
        assertThat(editor.dueOn.isInvalid()).isTrue();
        assertThat(editor.dueOn.getErrorMessage()).startsWith("El vencimiento no puede ser anterior a la emisión");

        editor.dueOn.clear();
        line.quantity.setValue(BigDecimal.ZERO);
        _click(editor.save);
        assertThat(line.quantity.isInvalid()).isTrue();
        assertThat(line.quantity.getErrorMessage())
                .isEqualTo("Línea 1: la cantidad debe ser mayor que cero (hasta 3 decimales)");
        line.quantity.setValue(new BigDecimal("2"));
        _click(editor.issue);

        InvoiceDocument document = _get(InvoiceView.class).document;
        assertThat(document).isNotNull();
        assertThat(document.summary.getText()).contains("114,84");
        assertThat(GridKt._findAll(document.movements)).extracting(LedgerMovement::kind)
                .containsExactly(LedgerEntryKind.ISSUE);
        assertThat(_get(InvoiceView.class).heading()).isEqualTo("F-2026-000001 · Ferretería Ruiz S.L.");
    }

    @Test
    void aCreditNoteTooLargeIsRefusedOnTheAmountAndAFullOneCancels() {
        var fx = new FinanceFixtures(context, "Abono UI");
        Invoice invoice = fx.issued(fx.customer, "100.00", LocalDate.of(2026, 2, 2)); // 121.00
        login(fx.finance);
        UI.getCurrent().navigate("finance/invoices/" + invoice.id());
        InvoiceDocument document = _get(InvoiceView.class).document;
        _click(document.creditNote);
        CreditNoteDialog dialog = _get(CreditNoteDialog.class);
        dialog.amount.setValue(new BigDecimal("121.01"));
        dialog.reason.setValue("Devolución");
        dialog.issuedOn.setValue(LocalDate.of(2026, 2, 10));
        _click(dialog.create);
        assertThat(dialog.amount.isInvalid()).isTrue();
        assertThat(dialog.amount.getErrorMessage()).startsWith("El abono (121,01) supera lo que queda por abonar");

        dialog.mode.setValue(CreditNoteDialog.Mode.ALL_LINES);
        _click(dialog.create);
        assertThat(as(fx.finance, () -> fx.invoices.find(invoice.id()).orElseThrow().status()))
                .isEqualTo(InvoiceStatus.CANCELLED);
        document = _get(InvoiceView.class).document;
        assertThat(document.creditNote.isVisible()).isFalse();
        assertThat(document.creditNotes.getElement().getTextRecursively()).contains("R-2026-000001");
    }

    @Test
    void managementReadsADraftWithoutEditingIt() {
        var fx = new FinanceFixtures(context, "Lectura");
        var director = fx.data.addMember(fx.admin, TestData.uniqueEmail("dir"), "Dora Dirección",
                java.util.Set.of(com.cartera.security.Role.MANAGEMENT));
        Invoice draft = as(fx.finance, () -> fx.invoices.createDraft(new com.cartera.finance.InvoiceDraft(
                fx.customer.getId(), null, null, null, null, List.of(fx.line("Algo", "1", "1.00", null, 21)))));
        login(director);
        UI.getCurrent().navigate("finance/invoices/" + draft.id());
        InvoiceView view = _get(InvoiceView.class);
        assertThat(view.editor).isNull();
        assertThat(view.document.creditNote.isVisible()).isFalse();
        UI.getCurrent().navigate("finance/invoices");
        assertThat(_get(InvoicesView.class).newInvoice.isVisible()).isFalse();
        assertThat(as(director, () -> context.getBean(InvoiceQueue.class).page(InvoiceFilter.all(), 0, 5)))
                .hasSize(1);
    }
}
