package com.cartera.analytics;

import java.math.BigDecimal;

/**
 * CAC and lead conversion of one campaign in a period, crediting customers and leads by the workspace's
 * attribution model (first touch, or the last campaign touch before conversion).
 *
 * @param spend          marketing + sales spend booked on the campaign in the period
 * @param newCustomers   customers acquired in the period credited to the campaign
 * @param cac            spend ÷ new customers (null without new customers)
 * @param leads          leads created in the period credited to the campaign
 * @param converted      of them, those who became customers by the date conversions are counted to
 * @param conversionRate converted ÷ leads
 */
public record CampaignCac(long campaignId, String name, BigDecimal spend, long newCustomers, BigDecimal cac,
                          long leads, long converted, BigDecimal conversionRate) {
}
