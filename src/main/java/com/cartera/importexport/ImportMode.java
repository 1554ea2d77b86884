package com.cartera.importexport;

/** What an import does with rows that match a customer already in the workspace, and with those that do not. */
public enum ImportMode {
    /** New customers only; a row matching an existing customer is skipped and reported. */
    CREATE_ONLY,
    /** Existing customers only, found by the match key; a row matching none is skipped and reported. */
    UPDATE_MATCHING,
    /** Updates the customers found by the match key and creates the others. */
    CREATE_OR_UPDATE
}
