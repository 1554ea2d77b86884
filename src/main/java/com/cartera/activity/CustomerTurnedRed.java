package com.cartera.activity;

import java.util.UUID;

import com.cartera.tenancy.TenantRef;

/**
 * Published in the transaction that recomputes alert colours when a customer with an owner turns red, so that
 * the owner can be told.
 *
 * @param tenant       the workspace
 * @param customerId   the customer
 * @param customerName its name
 * @param ownerId      its owner
 */
public record CustomerTurnedRed(TenantRef tenant, long customerId, String customerName, UUID ownerId) {
}
