package com.cartera.importexport;

/** What a file brings in. */
public enum ImportKind {
    CUSTOMERS, PURCHASES
}
