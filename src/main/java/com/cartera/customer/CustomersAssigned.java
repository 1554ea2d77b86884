package com.cartera.customer;

import java.util.UUID;

import com.cartera.tenancy.TenantRef;

/**
 * Published in the transaction of a bulk change of owner (a selection assigned, a portfolio handed over) when it
 * gave someone customers, so that they can be told once rather than once per customer.
 *
 * @param tenant     the workspace
 * @param ownerId    the new owner
 * @param count      how many customers they got
 * @param assignedBy who made the change
 */
public record CustomersAssigned(TenantRef tenant, UUID ownerId, long count, UUID assignedBy) {
}
