package com.cartera.customer;

import com.cartera.tenancy.TenantRef;

/**
 * Published inside the merge's transaction when one customer is folded into another: modules that keep
 * rows per customer (purchases, interactions, ...) move them to the survivor in a synchronous
 * {@code @EventListener}, so that the merge is all or nothing.
 *
 * @param tenant     the workspace
 * @param mergedId   the customer folded away (soft-deleted, pointing at the survivor)
 * @param survivorId the customer that keeps everything
 */
public record CustomersMerged(TenantRef tenant, long mergedId, long survivorId) {
}
