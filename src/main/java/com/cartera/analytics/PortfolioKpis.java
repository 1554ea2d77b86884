package com.cartera.analytics;

import java.util.List;
import java.util.UUID;

/**
 * The KPIs of one period, each with the previous period and the same period a year earlier (DESIGN §5). Counts and
 * money come from the analytics aggregate tables, never from the raw history.
 *
 * <p>Definitions: S = customers active on the day before the period, E = active on its last day, N = customers who
 * started a stretch of activity during the period (acquired or reactivated) and are still in it at the end, so that
 * retention (E − N) ÷ S counts only customers of S kept throughout; a customer acquired and lost inside the period
 * is in neither S nor E and is counted apart in {@link #acquiredAndLost}. Logo churn = customers of S lost during
 * the period ÷ S. Revenue churn = revenue of the previous period from the customers of S lost during this one ÷
 * revenue of the previous period.
 *
 * @param period                the period asked for
 * @param owner                 the owner the figures are limited to, or null for the whole workspace
 * @param activeAtStart         S
 * @param activeAtEnd           E (also "active customers")
 * @param newCustomers          first became active during the period (acquired)
 * @param reactivated           lost customers who bought again during the period
 * @param lost                  customers lost during the period (all of them)
 * @param lostFromStart         customers of S lost during the period
 * @param acquiredAndLost       acquired and lost inside the period, reported apart
 * @param retentionRate         (E − N) ÷ S
 * @param logoChurnRate         lost from start ÷ S
 * @param revenueChurnRate      previous-period revenue of the customers of S lost ÷ previous-period revenue
 * @param revenue               revenue of the purchases in the period
 * @param orders                purchases in the period
 * @param averageOrderValue     revenue ÷ orders
 * @param purchaseFrequency     orders ÷ customers who bought in the period
 * @param historicalClvTotal    gross revenue of all purchases before the period's end (historical CLV)
 * @param historicalClvAverage  historical CLV total ÷ active customers at the end
 * @param predictiveClv         predictive CLV of the active customers from {@code analytics.prediction}, not
 *                              available until that model exists for the workspace
 * @param leadConversionRate    leads created in the period that became customers by the period's end ÷ leads
 *                              created in the period
 * @param conversionBySource    the same per recorded source
 * @param winRate               opportunities won ÷ opportunities closed (won or lost) in the period
 * @param averageSalesCycleDays days from creation to close of the opportunities won in the period, on average
 * @param openPipeline          amount of the opportunities open now (no earlier readings: a snapshot)
 * @param weightedPipeline      open amount × the probability of each opportunity's stage
 * @param top20RevenueShare     share of the period's revenue from the top 20 % of the customers who bought
 */
public record PortfolioKpis(
        Period period,
        UUID owner,
        Kpi activeAtStart,
        Kpi activeAtEnd,
        Kpi newCustomers,
        Kpi reactivated,
        Kpi lost,
        Kpi lostFromStart,
        Kpi acquiredAndLost,
        Kpi retentionRate,
        Kpi logoChurnRate,
        Kpi revenueChurnRate,
        Kpi revenue,
        Kpi orders,
        Kpi averageOrderValue,
        Kpi purchaseFrequency,
        Kpi historicalClvTotal,
        Kpi historicalClvAverage,
        Kpi predictiveClv,
        Kpi leadConversionRate,
        List<SourceConversion> conversionBySource,
        Kpi winRate,
        Kpi averageSalesCycleDays,
        Kpi openPipeline,
        Kpi weightedPipeline,
        Kpi top20RevenueShare) {
}
