package com.cartera.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.cartera.marketing.CampaignStatus;

/**
 * How a campaign did with its target lists, to date.
 *
 * @param budget        null where none was given
 * @param spent         everything booked on the campaign so far
 * @param budgetUsed    spent ÷ budget, null without a budget
 * @param targeted      members of its target lists
 * @param reached       of them, contacted or further
 * @param responded     of them, those who answered or converted
 * @param converted     of them, those who became customers
 * @param revenue       revenue from the converted members in the 12 months from each one's conversion
 * @param returnOnSpend revenue ÷ spent (null with nothing spent)
 */
public record CampaignResult(long campaignId, String name, CampaignStatus status, LocalDate startsOn,
                             LocalDate endsOn, BigDecimal budget, BigDecimal spent, BigDecimal budgetUsed,
                             long targeted, long reached, long responded, long converted, BigDecimal revenue,
                             BigDecimal returnOnSpend) {
}
