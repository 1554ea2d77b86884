package com.cartera.customer;

/**
 * What a bulk action did.
 *
 * @param selected live customers in the selection
 * @param changed  customers actually changed
 * @param skipped  customers left alone because the signed-in person may not make that change to them
 */
public record BulkResult(long selected, long changed, long skipped) {

    /** Customers allowed but already as asked (e.g. already carrying the tag). */
    public long unchanged() {
        return selected - changed - skipped;
    }
}
