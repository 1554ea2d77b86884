package com.cartera.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * An invoice or credit note as stored, with its lines and the purchases it bills. A draft not yet numbered holds
 * a placeholder number ({@link #numbered()} is false) until it is issued.
 */
public record Invoice(long id, String number, InvoiceKind kind, Long creditedInvoiceId, long customerId,
                      InvoiceStatus status, LocalDate issuedOn, LocalDate dueOn, String currency, BigDecimal subtotal,
                      BigDecimal taxTotal, BigDecimal total, BigDecimal openAmount, LocalDate settledOn,
                      DocumentOrigin origin, String notes, long version, List<InvoiceLine> lines,
                      List<Long> purchaseIds) {

    /** How a draft's number starts before the series gives it one; a typed number never starts so. */
    static final String UNNUMBERED = "~";

    public Invoice {
        lines = List.copyOf(lines);
        purchaseIds = List.copyOf(purchaseIds);
    }

    public boolean numbered() {
        return !number.startsWith(UNNUMBERED);
    }

    public boolean isDraft() {
        return status == InvoiceStatus.DRAFT;
    }

    /** Whether something is still owed on it. */
    public boolean isOpen() {
        return kind == InvoiceKind.INVOICE && (status == InvoiceStatus.ISSUED
                || status == InvoiceStatus.PARTIALLY_PAID);
    }

    /** Days past its due date on {@code day} while open; 0 when not due or settled. */
    public long daysOverdue(LocalDate day) {
        return isOpen() && dueOn != null ? Math.max(0, ChronoUnit.DAYS.between(dueOn, day)) : 0;
    }
}
