package com.cartera.customer;

import java.util.Set;

import com.cartera.tenancy.TenantRef;

/**
 * Published inside the transaction that creates customers (the form, a public channel's lead, an import batch, a
 * bulk creation), so that modules keeping facts per customer from their first day (where they came from) record
 * them in the same transaction. Read what they need through {@link CustomerOrigins}.
 *
 * @param tenant      the workspace
 * @param customerIds the customers created
 */
public record CustomersCreated(TenantRef tenant, Set<Long> customerIds) {

    public CustomersCreated {
        customerIds = Set.copyOf(customerIds);
    }
}
