package com.cartera.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One of a customer's invoices or credit notes as the customer page lists it; days overdue as of today. */
public record CustomerInvoice(long id, String number, InvoiceKind kind, InvoiceStatus status, LocalDate issuedOn,
                              LocalDate dueOn, BigDecimal total, BigDecimal openAmount, long daysOverdue) {
}
