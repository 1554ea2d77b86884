package com.cartera.finance;

import java.math.BigDecimal;

/** A part of a payment allocated to one invoice. */
public record InvoiceAllocation(long invoiceId, BigDecimal amount) {
}
