package com.cartera.activity;

import java.util.UUID;

import com.cartera.tenancy.TenantRef;

/**
 * Published in the saving transaction when a follow-up is scheduled for someone or handed to someone else.
 *
 * @param tenant       the workspace
 * @param followUpId   the follow-up
 * @param customerId   its customer, whose page lists it
 * @param customerName the customer's name
 * @param assigneeId   who is to do it
 * @param assignedBy   who scheduled or changed it
 */
public record FollowUpAssigned(TenantRef tenant, long followUpId, long customerId, String customerName,
                               UUID assigneeId, UUID assignedBy) {
}
