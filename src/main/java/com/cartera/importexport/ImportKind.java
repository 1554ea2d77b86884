package com.cartera.importexport;

/** What a file brings in. */
public enum ImportKind {
    CUSTOMERS, PURCHASES,
    /** Marketing and sales spend entries, booked through marketing's {@code SpendBulkImport}. */
    SPEND,
    /** Invoices from the ERP, one row per line, booked through finance's {@code InvoiceBulkImport}. */
    INVOICES,
    /** Payments received, booked through finance's {@code PaymentBulkImport}. */
    PAYMENTS
}
