package com.cartera.commerce;

import java.time.LocalDate;

import com.cartera.tenancy.TenantRef;

/**
 * Published inside the transaction that sets a product's cost from a day on, so that margins kept elsewhere
 * (analytics) can be marked for recomputation in the same transaction: the lines of that product bought on or after
 * {@code fromDay} may have another cost now.
 */
public record ProductCostChanged(TenantRef tenant, long productId, LocalDate fromDay) {
}
