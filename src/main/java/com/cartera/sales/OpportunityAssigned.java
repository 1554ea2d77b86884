package com.cartera.sales;

import java.util.UUID;

import com.cartera.tenancy.TenantRef;

/**
 * Published in the saving transaction when an opportunity gets a new owner, so that the owner can be told.
 *
 * @param tenant        the workspace
 * @param opportunityId the opportunity
 * @param title         its title
 * @param customerId    its customer, whose page shows it
 * @param ownerId       the new owner
 * @param assignedBy    who made the change
 */
public record OpportunityAssigned(TenantRef tenant, long opportunityId, String title, long customerId, UUID ownerId,
                                  UUID assignedBy) {
}
