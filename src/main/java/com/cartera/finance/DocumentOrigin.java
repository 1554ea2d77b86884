package com.cartera.finance;

/** Where an invoice or payment came from: typed in here, created from purchases, or imported from the ERP. */
public enum DocumentOrigin {
    MANUAL, PURCHASE, IMPORT
}
