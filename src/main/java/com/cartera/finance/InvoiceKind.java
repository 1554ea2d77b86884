package com.cartera.finance;

/** An invoice, or a credit note that lowers (or cancels) the invoice it names. */
public enum InvoiceKind {
    INVOICE, CREDIT_NOTE
}
