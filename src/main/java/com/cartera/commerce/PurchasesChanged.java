package com.cartera.commerce;

import java.util.Set;

import com.cartera.tenancy.TenantRef;

/**
 * Published inside the transaction that records, changes, deletes or imports purchases, so that figures kept per
 * customer elsewhere (analytics) can be marked for recomputation in the same transaction.
 *
 * @param tenant      the workspace
 * @param customerIds the customers whose purchases changed
 */
public record PurchasesChanged(TenantRef tenant, Set<Long> customerIds) {

    public PurchasesChanged {
        customerIds = Set.copyOf(customerIds);
    }
}
