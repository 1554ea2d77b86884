package com.cartera.customer;

import java.util.UUID;

import com.cartera.tenancy.TenantRef;

/**
 * Published in the saving transaction when a customer gets a new owner, so that the owner can be told.
 *
 * @param tenant       the workspace
 * @param customerId   the customer
 * @param customerName its name
 * @param ownerId      the new owner
 * @param assignedBy   who made the change
 */
public record CustomerAssigned(TenantRef tenant, long customerId, String customerName, UUID ownerId, UUID assignedBy) {
}
