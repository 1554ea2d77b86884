package com.cartera.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A line of the invoice list. */
public record InvoiceRow(long id, String number, InvoiceKind kind, long customerId, String customerName,
                         InvoiceStatus status, LocalDate issuedOn, LocalDate dueOn, BigDecimal total,
                         BigDecimal openAmount) {

    public boolean numbered() {
        return !number.startsWith(Invoice.UNNUMBERED);
    }

    /** Days past due on {@code day} while something is owed; 0 otherwise. */
    public long daysOverdue(LocalDate day) {
        boolean open = kind == InvoiceKind.INVOICE
                && (status == InvoiceStatus.ISSUED || status == InvoiceStatus.PARTIALLY_PAID);
        return open && dueOn != null ? Math.max(0, ChronoUnit.DAYS.between(dueOn, day)) : 0;
    }
}
