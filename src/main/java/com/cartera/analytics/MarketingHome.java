package com.cartera.analytics;

import java.time.LocalDate;
import java.util.List;

import com.cartera.marketing.AttributionModel;

/**
 * Everything the marketing home shows for a period, read in one call (see {@link MarketingAnalytics#home}).
 *
 * @param convertedBy  conversions are counted up to, not including, this day
 * @param model        the attribution model that credited campaigns
 * @param overall      CAC, lagged CAC and conversion of the whole workspace
 * @param bySource     CAC, conversion and the funnel per first-touch source
 * @param cacTrend     the months the period touches, with CAC and lagged CAC
 * @param leadsTrend   leads per month and source over those months
 * @param byCampaign   CAC and conversion per campaign with spend, customers or leads in the period
 * @param running      the running campaigns' results, most recently started first
 * @param audience     segment sizes and consent coverage
 */
public record MarketingHome(Period period, LocalDate convertedBy, AttributionModel model, Cac overall,
                            List<SourceCac> bySource, List<MonthCac> cacTrend, List<SourceLeadsMonth> leadsTrend,
                            List<CampaignCac> byCampaign, List<CampaignResult> running, Audience audience) {
}
