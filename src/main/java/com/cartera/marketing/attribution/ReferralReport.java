package com.cartera.marketing.attribution;

import java.math.BigDecimal;
import java.util.List;

/**
 * Referrals of a period: the customers who referred the most, and how referred leads convert beside all leads.
 *
 * @param top           the referrers, most referrals first
 * @param referredLeads the referred customers created as leads in the period
 * @param allLeads      every lead created in the period
 */
record ReferralReport(List<Referrer> top, Conversion referredLeads, Conversion allLeads) {

    /**
     * One referrer.
     *
     * @param referred  customers they referred in the period
     * @param converted of those, how many have become customers
     * @param revenue   what those referred customers have bought to date
     */
    record Referrer(long customerId, String name, int referred, int converted, BigDecimal revenue) {
    }

    /** Leads and how many became customers. */
    record Conversion(long leads, long converted) {

        /** Converted ÷ leads, as a percentage; null without leads. */
        BigDecimal ratePercent() {
            return leads == 0 ? null : BigDecimal.valueOf(converted * 100.0 / leads)
                    .setScale(1, java.math.RoundingMode.HALF_UP);
        }
    }
}
