package com.cartera.importexport;

/** What a file brings in. */
public enum ImportKind {
    CUSTOMERS, PURCHASES,
    /** Marketing and sales spend entries, booked through marketing's {@code SpendBulkImport}. */
    SPEND
}
