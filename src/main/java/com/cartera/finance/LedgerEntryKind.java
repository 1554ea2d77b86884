package com.cartera.finance;

/** A movement of an invoice's open amount in the receivables ledger. */
public enum LedgerEntryKind {
    /** The invoice is issued: its total becomes owed. */
    ISSUE,
    /** A credit note lowers it. */
    CREDIT,
    /** A payment is allocated to it. */
    PAYMENT,
    /** A reversed payment's allocation is owed again. */
    REVERSAL;

    /** Whether this movement raises the open amount. */
    public boolean raises() {
        return this == ISSUE || this == REVERSAL;
    }
}
