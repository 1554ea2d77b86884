package com.cartera.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import com.cartera.customer.PortfolioFacts;
import com.cartera.tenancy.TenantSql;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/** Writes the analytics tables of the workspace in scope (the caller holds the transaction). */
@Component
class AggregateStore {

    record DayRow(long customerId, LocalDate day, UUID owner, BigDecimal revenue, int orders) {
    }

    record SpellRow(long customerId, LocalDate start, LocalDate end, boolean first, UUID owner) {
    }

    /**
     * A lead: created, (first) reached the prospect stage or a later one, became a customer; and where they came
     * from (marketing's attribution, null where none is recorded).
     */
    record LeadRow(long customerId, LocalDate createdOn, String source, UUID owner, LocalDate prospectOn,
                   LocalDate convertedOn, Long firstSourceId, Long firstCampaignId, Long touchCampaignId) {
    }

    /** A customer acquired (the start of their first stretch of activity), and where they came from. */
    record AcquisitionRow(long customerId, LocalDate acquiredOn, Long firstSourceId, Long firstCampaignId,
                          Long touchCampaignId) {
    }

    private record SecondaryIndex(String name, String definition) {
    }

    record State(String timeZone, Integer activityWindowDays, Instant changesSeenUntil, Instant refreshedAt) {
    }

    private static final String IDS = "customer_id = any (:ids)";

    private static final String COHORT_DELTA = """
            insert into analytics_cohort (cohort_month, month_offset, buyers)
            select f.cohort, cast((extract(year from m.month) - extract(year from f.cohort)) * 12
                                  + extract(month from m.month) - extract(month from f.cohort) as integer),
                   :sign * count(*)
            from (select distinct customer_id, cast(date_trunc('month', day) as date) as month
                  from analytics_customer_day where %1$s) m
                     join (select customer_id, cast(date_trunc('month', min(day)) as date) as cohort
                           from analytics_customer_day where %1$s group by customer_id) f using (customer_id)
            group by 1, 2
            on conflict (cohort_month, month_offset) do update set buyers = analytics_cohort.buyers + excluded.buyers""";

    private static final String DAY_DELTA = """
            insert into analytics_day (day, owner_id, revenue, orders, acquired, reactivated, lost)
            select day, owner_id, :sign * sum(revenue), :sign * sum(orders), :sign * sum(acquired),
                   :sign * sum(reactivated), :sign * sum(lost)
            from (select day, owner_id, revenue, orders, 0 as acquired, 0 as reactivated, 0 as lost
                  from analytics_customer_day where %1$s
                  union all
                  select start_on, owner_id, 0, 0, case when first then 1 else 0 end, case when first then 0 else 1 end, 0
                  from analytics_spell where %1$s
                  union all
                  select end_on, owner_id, 0, 0, 0, 0, 1
                  from analytics_spell where %1$s and end_on < date '9999-12-31') x
            group by day, owner_id
            on conflict (day, owner_id) do update
                set revenue = analytics_day.revenue + excluded.revenue, orders = analytics_day.orders + excluded.orders,
                    acquired = analytics_day.acquired + excluded.acquired,
                    reactivated = analytics_day.reactivated + excluded.reactivated,
                    lost = analytics_day.lost + excluded.lost""";

    private final TenantSql sql;

    AggregateStore(TenantSql sql) {
        this.sql = sql;
    }

    /**
     * Waits until no other refresh or rebuild of this workspace's aggregates runs, and keeps them out until the
     * caller's transaction ends (a scheduled refresh and an admin's rebuild would otherwise each recompute the
     * same rows, or the second wait for the first's table locks and fail).
     */
    void lock() {
        sql.client().sql("select pg_advisory_xact_lock(hashtextextended('cartera.analytics:' || current_schema(), 0))")
                .query((row, n) -> true)
                .single();
    }

    /** What the aggregates were built with; nothing after a crash emptied the unlogged tables (a full rebuild). */
    State state() {
        sql.client().sql("insert into analytics_state default values on conflict do nothing").update();
        return sql.client().sql("select time_zone, activity_window_days, changes_seen_until, refreshed_at"
                        + " from analytics_state")
                .query((row, n) -> new State(row.getString(1), (Integer) row.getObject(2), instant(row.getTimestamp(3)),
                        instant(row.getTimestamp(4))))
                .single();
    }

    void saveState(String zone, int windowDays, Instant seenUntil, Instant refreshedAt) {
        sql.client().sql("update analytics_state set time_zone = :zone, activity_window_days = :window,"
                        + " changes_seen_until = :seen, refreshed_at = :refreshed")
                .param("zone", zone).param("window", windowDays)
                .param("seen", java.sql.Timestamp.from(seenUntil))
                .param("refreshed", java.sql.Timestamp.from(refreshedAt))
                .update();
    }

    /** The database's clock: change stamps of other modules are compared with it. */
    Instant databaseNow() {
        return sql.client().sql("select clock_timestamp()").query(java.sql.Timestamp.class).single().toInstant();
    }

    /** Takes the customers marked since the last refresh. */
    List<Long> takeDirty() {
        return sql.client().sql("delete from analytics_dirty returning customer_id").query(Long.class).list();
    }

    void markDirty(Collection<Long> customerIds) {
        sql.client().sql("insert into analytics_dirty (customer_id) select unnest(:ids) on conflict do nothing")
                .param("ids", ids(customerIds))
                .update();
    }

    /**
     * Empties the analytics tables for a full rebuild and drops the secondary indexes of the per-customer tables
     * (their primary keys stay), returning the definitions to build them again with {@link #restoreIndexes}. In the
     * caller's transaction: if it rolls back, tables and indexes are back as they were. The customers marked dirty
     * stay marked: purchases recorded meanwhile must not wait for the rebuild's lock on that table, and the next
     * refresh recomputing a few customers again is harmless.
     */
    List<String> clearAndSuspendIndexes() {
        sql.client().sql("truncate analytics_customer_day, analytics_spell, analytics_day, analytics_cohort,"
                + " analytics_lead, analytics_acquisition").update();
        List<SecondaryIndex> indexes = sql.client().sql("""
                        select i.indexname as name, i.indexdef as definition from pg_indexes i
                        where i.schemaname = current_schema()
                          and i.tablename in ('analytics_customer_day', 'analytics_spell', 'analytics_lead',
                                              'analytics_acquisition')
                          and not exists (select 1 from pg_constraint c
                                          where c.conname = i.indexname and c.connamespace = i.schemaname::regnamespace)
                        order by i.indexname""")
                .query(SecondaryIndex.class)
                .list();
        for (SecondaryIndex index : indexes) {
            sql.client().sql("drop index \"" + index.name().replace("\"", "\"\"") + "\"").update();
        }
        return indexes.stream().map(SecondaryIndex::definition).toList();
    }

    /** Builds the indexes {@link #clearAndSuspendIndexes} dropped, and gathers fresh planner statistics. */
    void restoreIndexes(List<String> definitions) {
        for (String definition : definitions) {
            sql.client().sql(definition).update();
        }
        sql.client().sql("analyze analytics_customer_day, analytics_spell, analytics_lead,"
                + " analytics_acquisition").update();
    }

    /** Writes the rows of customers who have none yet (a rebuild after {@link #clearAndSuspendIndexes}). */
    void append(List<DayRow> days, List<SpellRow> spells, List<LeadRow> leads, List<AcquisitionRow> acquisitions) {
        insert(days, spells, leads, acquisitions);
    }

    /**
     * Replaces the rows of {@code customerIds}, correcting the daily and cohort tables by taking the customers' old
     * contribution out and putting the new one in.
     */
    void replace(Collection<Long> customerIds, List<DayRow> days, List<SpellRow> spells, List<LeadRow> leads,
                 List<AcquisitionRow> acquisitions) {
        var ids = ids(customerIds);
        delta(COHORT_DELTA, ids, -1);
        delta(DAY_DELTA, ids, -1);
        for (String table : List.of("analytics_customer_day", "analytics_spell", "analytics_lead",
                "analytics_acquisition")) {
            sql.client().sql("delete from " + table + " where " + IDS).param("ids", ids).update();
        }
        insert(days, spells, leads, acquisitions);
        delta(COHORT_DELTA, ids, 1);
        delta(DAY_DELTA, ids, 1);
    }

    private void insert(List<DayRow> days, List<SpellRow> spells, List<LeadRow> leads,
                        List<AcquisitionRow> acquisitions) {
        if (!days.isEmpty()) {
            sql.client().sql("""
                            insert into analytics_customer_day (customer_id, day, owner_id, revenue, orders)
                            select * from unnest(:c, cast(:d as date[]), cast(:o as uuid[]), :r, :n)""")
                    .param("c", new SqlArrayValue("bigint", days.stream().map(DayRow::customerId).toArray()))
                    .param("d", texts(days.stream().map(DayRow::day).toList()))
                    .param("o", texts(days.stream().map(DayRow::owner).toList()))
                    .param("r", new SqlArrayValue("numeric", days.stream().map(DayRow::revenue).toArray()))
                    .param("n", new SqlArrayValue("integer", days.stream().map(DayRow::orders).toArray()))
                    .update();
        }
        if (!spells.isEmpty()) {
            sql.client().sql("""
                            insert into analytics_spell (customer_id, start_on, end_on, first, owner_id)
                            select * from unnest(:c, cast(:s as date[]), cast(:e as date[]), :f, cast(:o as uuid[]))""")
                    .param("c", new SqlArrayValue("bigint", spells.stream().map(SpellRow::customerId).toArray()))
                    .param("s", texts(spells.stream().map(SpellRow::start).toList()))
                    .param("e", texts(spells.stream().map(SpellRow::end).toList()))
                    .param("f", new SqlArrayValue("boolean", spells.stream().map(SpellRow::first).toArray()))
                    .param("o", texts(spells.stream().map(SpellRow::owner).toList()))
                    .update();
        }
        if (!leads.isEmpty()) {
            sql.client().sql("""
                            insert into analytics_lead (customer_id, created_on, source, owner_id, prospect_on,
                                                        converted_on, first_source_id, first_campaign_id,
                                                        touch_campaign_id)
                            select * from unnest(:c, cast(:d as date[]), cast(:s as text[]), cast(:o as uuid[]),
                                                 cast(:p as date[]), cast(:v as date[]), cast(:fs as bigint[]),
                                                 cast(:fc as bigint[]), cast(:tc as bigint[]))""")
                    .param("c", new SqlArrayValue("bigint", leads.stream().map(LeadRow::customerId).toArray()))
                    .param("d", texts(leads.stream().map(LeadRow::createdOn).toList()))
                    .param("s", texts(leads.stream().map(LeadRow::source).toList()))
                    .param("o", texts(leads.stream().map(LeadRow::owner).toList()))
                    .param("p", texts(leads.stream().map(LeadRow::prospectOn).toList()))
                    .param("v", texts(leads.stream().map(LeadRow::convertedOn).toList()))
                    .param("fs", new SqlArrayValue("bigint", leads.stream().map(LeadRow::firstSourceId).toArray()))
                    .param("fc", new SqlArrayValue("bigint", leads.stream().map(LeadRow::firstCampaignId).toArray()))
                    .param("tc", new SqlArrayValue("bigint", leads.stream().map(LeadRow::touchCampaignId).toArray()))
                    .update();
        }
        if (!acquisitions.isEmpty()) {
            sql.client().sql("""
                            insert into analytics_acquisition (customer_id, acquired_on, first_source_id,
                                                               first_campaign_id, touch_campaign_id)
                            select * from unnest(:c, cast(:d as date[]), cast(:fs as bigint[]), cast(:fc as bigint[]),
                                                 cast(:tc as bigint[]))""")
                    .param("c", new SqlArrayValue("bigint",
                            acquisitions.stream().map(AcquisitionRow::customerId).toArray()))
                    .param("d", texts(acquisitions.stream().map(AcquisitionRow::acquiredOn).toList()))
                    .param("fs", new SqlArrayValue("bigint",
                            acquisitions.stream().map(AcquisitionRow::firstSourceId).toArray()))
                    .param("fc", new SqlArrayValue("bigint",
                            acquisitions.stream().map(AcquisitionRow::firstCampaignId).toArray()))
                    .param("tc", new SqlArrayValue("bigint",
                            acquisitions.stream().map(AcquisitionRow::touchCampaignId).toArray()))
                    .update();
        }
    }

    /** Recomputes the daily and cohort tables from the per-customer rows, after a full rebuild. */
    void summarise() {
        sql.client().sql("truncate analytics_day, analytics_cohort").update();
        sql.client().sql(DAY_DELTA.formatted("true").replace(":sign", "1")).update();
        sql.client().sql(COHORT_DELTA.formatted("true").replace(":sign", "1")).update();
    }

    void snapshotPortfolio(LocalDate day, List<PortfolioFacts.StageTierCount> counts) {
        sql.client().sql("delete from analytics_portfolio_snapshot where day = :day").param("day", day).update();
        sql.client().sql("""
                        insert into analytics_portfolio_snapshot (day, owner_id, lifecycle_stage, tier, customers)
                        select :day, * from unnest(cast(:owners as uuid[]), cast(:stages as text[]),
                                                   cast(:tiers as text[]), :customers)""")
                .param("day", day)
                .param("owners", texts(counts.stream().map(PortfolioFacts.StageTierCount::ownerId).toList()))
                .param("stages", texts(counts.stream().map(PortfolioFacts.StageTierCount::lifecycleStage).toList()))
                .param("tiers", texts(counts.stream().map(PortfolioFacts.StageTierCount::tier).toList()))
                .param("customers", new SqlArrayValue("bigint",
                        counts.stream().map(PortfolioFacts.StageTierCount::customers).toArray()))
                .update();
    }

    /** Replaces the audience counts with the ones of now. */
    void snapshotAudience(List<PortfolioFacts.AudienceCount> counts) {
        sql.client().sql("delete from analytics_audience").update();
        sql.client().sql("""
                        insert into analytics_audience (rfm_segment, marketing_consent, customers)
                        select * from unnest(cast(:segments as text[]), :consent, :customers)""")
                .param("segments", texts(counts.stream().map(PortfolioFacts.AudienceCount::rfmSegment).toList()))
                .param("consent", new SqlArrayValue("boolean",
                        counts.stream().map(PortfolioFacts.AudienceCount::marketingConsent).toArray()))
                .param("customers", new SqlArrayValue("bigint",
                        counts.stream().map(PortfolioFacts.AudienceCount::customers).toArray()))
                .update();
    }

    void snapshotPipeline(LocalDate day, List<com.cartera.sales.OpportunityFigures.Open> open) {
        sql.client().sql("delete from analytics_pipeline_snapshot where day = :day").param("day", day).update();
        for (var owner : open) {
            sql.client().sql("insert into analytics_pipeline_snapshot (day, owner_id, open_count, open_amount,"
                            + " weighted_amount) values (:day, :owner, :count, :amount, :weighted)")
                    .param("day", day).param("owner", owner.ownerId()).param("count", owner.count())
                    .param("amount", owner.amount()).param("weighted", owner.weighted())
                    .update();
        }
    }

    private void delta(String statement, SqlArrayValue ids, int sign) {
        sql.client().sql(statement.formatted(IDS)).param("ids", ids).param("sign", sign).update();
    }

    private static SqlArrayValue ids(Collection<Long> customerIds) {
        return new SqlArrayValue("bigint", customerIds.toArray());
    }

    private static SqlArrayValue texts(List<?> values) {
        return new SqlArrayValue("text", values.stream().map(v -> v == null ? null : v.toString()).toArray());
    }

    private static Instant instant(java.sql.Timestamp value) {
        return value == null ? null : value.toInstant();
    }
}
