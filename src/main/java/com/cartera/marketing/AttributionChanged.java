package com.cartera.marketing;

import java.util.Set;

import com.cartera.tenancy.TenantRef;

/**
 * Published inside the transaction that records or changes where customers came from (their first touch, the
 * campaign touch before conversion, a referral), so that figures kept per customer elsewhere (analytics) can be
 * marked for recomputation in the same transaction.
 *
 * @param tenant      the workspace
 * @param customerIds the customers whose attribution changed
 */
public record AttributionChanged(TenantRef tenant, Set<Long> customerIds) {

    public AttributionChanged {
        customerIds = Set.copyOf(customerIds);
    }
}
