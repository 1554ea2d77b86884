package com.cartera.finance;

/**
 * DRAFT → ISSUED → PARTIALLY_PAID → PAID as payments are allocated; CANCELLED only when credit notes credit the
 * whole invoice. Kept by {@link ReceivableLedger} from the open amount once issued.
 */
public enum InvoiceStatus {
    DRAFT, ISSUED, PARTIALLY_PAID, PAID, CANCELLED
}
