package com.cartera.marketing;

import java.time.Instant;
import java.util.Set;

import com.cartera.tenancy.TenantRef;

/**
 * Published inside the transaction that moves target list members to a status that means the campaign reached
 * them (contacted, responded, converted), so that attribution can keep each lead's last campaign touch before
 * conversion.
 *
 * @param tenant      the workspace
 * @param campaignId  the campaign whose list it is
 * @param customerIds the customers reached
 * @param at          when the status was set
 */
public record CampaignTouched(TenantRef tenant, long campaignId, Set<Long> customerIds, Instant at) {

    public CampaignTouched {
        customerIds = Set.copyOf(customerIds);
    }
}
