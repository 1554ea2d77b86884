package com.cartera.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.cartera.marketing.CampaignReachFigures;
import com.cartera.tenancy.TenantSql;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * Reads the marketing side of the analytics tables of the workspace in scope: new customers and leads grouped by
 * month, first-touch source and credited campaign, in one pass over the days asked for (the covering indexes on the
 * day keep it an index scan). The credited campaign is the first-touch campaign, or with {@code lastTouch} the last
 * campaign touch before conversion, falling back to the first touch when no later campaign reached the customer.
 */
@Component
class MarketingQueries {

    /** New customers of one month, source and campaign, and whether they fall in the period or the next one. */
    record Acquired(LocalDate month, Long sourceId, Long campaignId, boolean inPeriod, boolean inNext,
                    long customers) {
    }

    /**
     * Leads created in one month, source and campaign; of them those who reached the prospect stage and those who
     * converted by the day asked for, and the days it took the converted ones in all.
     */
    record Leads(LocalDate month, Long sourceId, Long campaignId, boolean inPeriod, long leads, long prospects,
                 long converted, long daysToConvert) {
    }

    record Audience(String rfmSegment, boolean marketingConsent, long customers) {
    }

    record CampaignRevenue(long campaignId, BigDecimal revenue) {
    }

    private final TenantSql sql;

    MarketingQueries(TenantSql sql) {
        this.sql = sql;
    }

    private static String campaign(boolean lastTouch) {
        return lastTouch ? "coalesce(touch_campaign_id, first_campaign_id)" : "first_campaign_id";
    }

    /** New customers acquired in [scanFrom, scanTo), flagged for [from, to) and [to, nextTo). */
    List<Acquired> acquired(LocalDate scanFrom, LocalDate scanTo, LocalDate from, LocalDate to, LocalDate nextTo,
                            boolean lastTouch) {
        return sql.client().sql("""
                        select cast(date_trunc('month', acquired_on) as date) as month, first_source_id as source_id,
                               %s as campaign_id, acquired_on >= :from and acquired_on < :to as in_period,
                               acquired_on >= :to and acquired_on < :next as in_next, count(*) as customers
                        from analytics_acquisition where acquired_on >= :scanFrom and acquired_on < :scanTo
                        group by 1, 2, 3, 4, 5""".formatted(campaign(lastTouch)))
                .param("scanFrom", scanFrom).param("scanTo", scanTo).param("from", from).param("to", to)
                .param("next", nextTo)
                .query(Acquired.class).list();
    }

    /** Leads created in [scanFrom, scanTo), flagged for [from, to), with their progress before {@code by}. */
    List<Leads> leads(LocalDate scanFrom, LocalDate scanTo, LocalDate from, LocalDate to, LocalDate by,
                      boolean lastTouch) {
        return sql.client().sql("""
                        select cast(date_trunc('month', created_on) as date) as month, first_source_id as source_id,
                               %s as campaign_id, created_on >= :from and created_on < :to as in_period,
                               count(*) as leads, count(*) filter (where prospect_on < :by) as prospects,
                               count(*) filter (where converted_on < :by) as converted,
                               coalesce(sum(converted_on - created_on) filter (where converted_on < :by), 0)
                                   as days_to_convert
                        from analytics_lead where created_on >= :scanFrom and created_on < :scanTo
                        group by 1, 2, 3, 4""".formatted(campaign(lastTouch)))
                .param("scanFrom", scanFrom).param("scanTo", scanTo).param("from", from).param("to", to)
                .param("by", by)
                .query(Leads.class).list();
    }

    /** Customers acquired in [from, to) with that first source and credited campaign (null: any), one page. */
    List<Long> acquiredCustomers(LocalDate from, LocalDate to, Long sourceId, Long campaignId, boolean lastTouch,
                                 int offset, int limit) {
        return sql.client().sql("""
                        select customer_id from analytics_acquisition
                        where acquired_on >= :from and acquired_on < :to
                          and (cast(:source as bigint) is null or first_source_id = cast(:source as bigint))
                          and (cast(:campaign as bigint) is null or %s = cast(:campaign as bigint))
                        order by customer_id offset :offset limit :limit""".formatted(campaign(lastTouch)))
                .param("from", from).param("to", to).param("source", sourceId).param("campaign", campaignId)
                .param("offset", offset).param("limit", limit)
                .query(Long.class).list();
    }

    /**
     * Leads created in [from, to) with that first source and credited campaign (null: any) that converted before
     * {@code by} (or, with {@code by} null, all of them), one page.
     */
    List<Long> leadCustomers(LocalDate from, LocalDate to, LocalDate by, Long sourceId, Long campaignId,
                             boolean lastTouch, int offset, int limit) {
        return sql.client().sql("""
                        select customer_id from analytics_lead
                        where created_on >= :from and created_on < :to
                          and (cast(:by as date) is null or converted_on < cast(:by as date))
                          and (cast(:source as bigint) is null or first_source_id = cast(:source as bigint))
                          and (cast(:campaign as bigint) is null or %s = cast(:campaign as bigint))
                        order by customer_id offset :offset limit :limit""".formatted(campaign(lastTouch)))
                .param("from", from).param("to", to).param("by", by).param("source", sourceId)
                .param("campaign", campaignId).param("offset", offset).param("limit", limit)
                .query(Long.class).list();
    }

    List<Audience> audience() {
        return sql.client().sql("select rfm_segment, marketing_consent, customers from analytics_audience")
                .query(Audience.class).list();
    }

    /** Revenue of each campaign's converted members in the 12 months from each one's conversion, in one pass. */
    List<CampaignRevenue> revenueAfterConversion(List<CampaignReachFigures.Converted> converted) {
        if (converted.isEmpty()) {
            return List.of();
        }
        return sql.client().sql("""
                        select c.campaign_id, coalesce(sum(d.revenue), 0) as revenue
                        from unnest(:campaigns, :customers, cast(:days as date[])) as c(campaign_id, customer_id, day)
                                 join analytics_customer_day d on d.customer_id = c.customer_id and d.day >= c.day
                                     and d.day < cast(c.day + interval '12 months' as date)
                        group by c.campaign_id""")
                .param("campaigns", new SqlArrayValue("bigint",
                        converted.stream().map(CampaignReachFigures.Converted::campaignId).toArray()))
                .param("customers", new SqlArrayValue("bigint",
                        converted.stream().map(CampaignReachFigures.Converted::customerId).toArray()))
                .param("days", new SqlArrayValue("text",
                        converted.stream().map(c -> c.convertedOn().toString()).toArray()))
                .query(CampaignRevenue.class).list();
    }
}
