package com.cartera.importexport;

/** How a row finds the customer it is about. */
public enum MatchKey {
    EMAIL, TAX_ID, EXTERNAL_ID
}
