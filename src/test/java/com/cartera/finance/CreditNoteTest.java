package com.cartera.finance;

import static com.cartera.finance.InvoiceServiceTest.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** Credit notes lower an invoice, cancel it when they credit all of it, and never credit more than is left. */
@CarteraIntegrationTest
class CreditNoteTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 4, 6);

    @Autowired
    ApplicationContext context;
    @Autowired
    ReceivableLedger ledger;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aPartialCreditLowersTheOpenAmountAndTooLargeOnesSayWhy() {
        var fx = new FinanceFixtures(context, "Abonos");
        Invoice invoice = fx.issued(fx.customer, "100.00", ISSUED); // 100 + 21 % = 121.00
        Invoice note = TestData.as(fx.finance, () -> fx.invoices.creditNote(invoice.id(),
                new CreditNoteDraft(ISSUED.plusDays(2), "Descuento por retraso", new BigDecimal("21.00"), null)));
        assertThat(note.kind()).isEqualTo(InvoiceKind.CREDIT_NOTE);
        assertThat(note.number()).isEqualTo("R-2026-000001");
        assertThat(note.creditedInvoiceId()).isEqualTo(invoice.id());
        assertThat(note.total()).isEqualByComparingTo("21.00");
        // 121.00 − 21.00 = 100.00 open; credited only, so the ledger says ISSUED rather than partly paid.
        Invoice after = TestData.as(fx.finance, () -> fx.invoices.find(invoice.id()).orElseThrow());
        assertThat(after.openAmount()).isEqualByComparingTo("100.00");
        assertThat(after.status()).isEqualTo(InvoiceStatus.ISSUED);

        // Still creditable: 121.00 − 21.00 = 100.00; 100.01 is more.
        refused(() -> credit(fx, invoice, "100.01"), "amount", "finance.credit.error.over-creditable");
        // 30.00 paid: 70.00 open, so 80.00 is within what is creditable but more than what is open.
        TestData.as(fx.finance, () -> transactions.execute(status -> ledger.book(invoice.id(),
                LedgerEntryKind.PAYMENT, ISSUED.plusDays(3), new BigDecimal("30.00"))));
        refused(() -> credit(fx, invoice, "80.00"), "amount", "finance.credit.error.over-open");
        refused(() -> TestData.as(fx.finance, () -> fx.invoices.creditNote(invoice.id(),
                new CreditNoteDraft(ISSUED, " ", new BigDecimal("1.00"), null))), "reason",
                "finance.credit.error.reason");
        refused(() -> TestData.as(fx.finance, () -> fx.invoices.creditNote(invoice.id(),
                new CreditNoteDraft(ISSUED.minusDays(1), "Antes", new BigDecimal("1.00"), null))), "issuedOn",
                "finance.credit.error.before-invoice");

        credit(fx, invoice, "70.00");
        // Paid 30.00 and credited 91.00 of 121.00: settled, but not all credited, so PAID rather than CANCELLED.
        assertThat(TestData.as(fx.finance, () -> fx.invoices.find(invoice.id()).orElseThrow().status()))
                .isEqualTo(InvoiceStatus.PAID);
        assertThat(TestData.as(fx.finance, () -> fx.invoices.creditNotesOf(invoice.id())))
                .extracting(Invoice::number).containsExactly("R-2026-000001", "R-2026-000002");
    }

    @Test
    void creditingEveryLineCancelsTheInvoice() {
        var fx = new FinanceFixtures(context, "Anulación");
        Invoice invoice = fx.issued(fx.customer, "50.00", ISSUED); // 50 + 10.50 = 60.50
        Invoice note = TestData.as(fx.finance, () -> fx.invoices.creditNote(invoice.id(), new CreditNoteDraft(
                ISSUED, "Devolución completa", null, List.of(fx.line("Servicio", "1", "50.00", null, 21)))));
        assertThat(note.total()).isEqualByComparingTo("60.50");
        assertThat(note.taxTotal()).isEqualByComparingTo("10.50");
        Invoice cancelled = TestData.as(fx.finance, () -> fx.invoices.find(invoice.id()).orElseThrow());
        assertThat(cancelled.status()).isEqualTo(InvoiceStatus.CANCELLED);
        assertThat(cancelled.openAmount()).isEqualByComparingTo("0");
        refused(() -> credit(fx, invoice, "1.00"), "invoice", "finance.credit.error.cancelled");

        Invoice draft = TestData.as(fx.finance, () -> fx.invoices.createDraft(new InvoiceDraft(fx.customer.getId(),
                null, null, null, null, List.of(fx.line("Borrador", "1", "1.00", null, 21)))));
        refused(() -> credit(fx, draft, "1.00"), "invoice", "finance.credit.error.draft");
    }

    private static Invoice credit(FinanceFixtures fx, Invoice invoice, String amount) {
        return TestData.as(fx.finance, () -> fx.invoices.creditNote(invoice.id(),
                new CreditNoteDraft(ISSUED.plusDays(5), "Ajuste", new BigDecimal(amount), null)));
    }
}
