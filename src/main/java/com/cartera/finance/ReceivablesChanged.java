package com.cartera.finance;

import java.util.Set;

/**
 * Published by {@link ReceivableLedger} inside the booking's transaction when what these customers owe moved, so
 * that figures kept per customer (their payment risk) follow in the same transaction.
 */
public record ReceivablesChanged(Set<Long> customerIds) {

    public ReceivablesChanged {
        customerIds = Set.copyOf(customerIds);
    }
}
