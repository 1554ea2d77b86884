package com.cartera.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A customer's statement of account over a period: what they owed the day before it began, every document of the
 * period with the balance after it, what they owe at its end, the invoices still open then and the credit of
 * payments not yet allocated. The balance is net of that credit: invoices less credit notes less payments plus
 * reversed payments.
 */
public record Statement(long customerId, String customerName, String customerEmail, String currency, LocalDate from,
                        LocalDate to, BigDecimal openingBalance, List<Line> lines, BigDecimal totalDebit,
                        BigDecimal totalCredit, BigDecimal closingBalance, List<OpenInvoice> openInvoices,
                        BigDecimal unallocatedCredit) {

    public Statement {
        lines = List.copyOf(lines);
        openInvoices = List.copyOf(openInvoices);
    }

    /** What a line of the statement records. */
    public enum LineKind {
        INVOICE, CREDIT_NOTE, PAYMENT, REVERSAL
    }

    /**
     * One document on its day: an invoice is a debit, a credit note or payment a credit, a reversed payment a debit
     * again. {@code document} is the invoice number or the payment's reference (null when it has none).
     */
    public record Line(LocalDate on, LineKind kind, long documentId, String document, BigDecimal debit,
                       BigDecimal credit, BigDecimal balance) {
    }

    /** An invoice open at the statement's end, with what was still owed then and how many days past due. */
    public record OpenInvoice(long invoiceId, String number, LocalDate issuedOn, LocalDate dueOn, BigDecimal total,
                              BigDecimal openAmount, long daysOverdue) {
    }

    /** The open amounts of {@link #openInvoices()} added up. */
    public BigDecimal openInvoicesTotal() {
        return openInvoices.stream().map(OpenInvoice::openAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
