package com.cartera.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.cartera.tenancy.TenantSql;
import org.springframework.stereotype.Component;

/**
 * Reads the analytics tables of the workspace in scope (the caller holds the transaction). Days are half-open
 * [from, to); {@code owner} null means every owner.
 */
@Component
class AggregateQueries {

    private static final String OWNER = "(cast(:owner as uuid) is null or owner_id = cast(:owner as uuid))";

    /** Sums of the daily table over [from, to). */
    record DaySums(BigDecimal revenue, long orders, long acquired, long reactivated, long lost) {
    }

    record MonthRow(LocalDate month, UUID ownerId, BigDecimal revenue, long orders, long acquired, long reactivated,
                    long lost) {
    }

    /** Revenue of the top 20 % of the period's buyers, of all of them, and how many bought. */
    record Concentration(BigDecimal top, BigDecimal total, long buyers) {
    }

    /** The customer counts of a period, each of distinct customers (see {@link #condition}). */
    record SpellCounts(long newCustomers, long reactivated, long lost, long lostFromStart, long acquiredAndLost) {
    }

    /** A change of the active customers (stretches started minus ended) in a month, or a level, per owner. */
    record MonthNet(LocalDate month, UUID ownerId, long net) {
    }

    record Pipeline(BigDecimal amount, BigDecimal weighted) {
    }

    record SourceLeads(String source, long leads, long prospects, long converted) {
    }

    record CohortRow(LocalDate cohortMonth, int monthOffset, long buyers) {
    }

    private final TenantSql sql;

    AggregateQueries(TenantSql sql) {
        this.sql = sql;
    }

    DaySums sums(LocalDate from, LocalDate to, UUID owner) {
        return sql.client().sql("select coalesce(sum(revenue), 0) as revenue, coalesce(sum(orders), 0) as orders,"
                        + " coalesce(sum(acquired), 0) as acquired, coalesce(sum(reactivated), 0) as reactivated,"
                        + " coalesce(sum(lost), 0) as lost from analytics_day where day >= :from and day < :to and "
                        + OWNER)
                .param("from", from).param("to", to).param("owner", owner)
                .query(DaySums.class).single();
    }

    /** Customers active on the day before {@code day}: every stretch started before it minus every one ended. */
    long activeBefore(LocalDate day, UUID owner) {
        return sql.client().sql("select coalesce(sum(acquired + reactivated - lost), 0) from analytics_day"
                        + " where day < :day and " + OWNER)
                .param("day", day).param("owner", owner).query(Long.class).single();
    }

    BigDecimal revenueBefore(LocalDate day, UUID owner) {
        return sql.client().sql("select coalesce(sum(revenue), 0) from analytics_day where day < :day and " + OWNER)
                .param("day", day).param("owner", owner).query(BigDecimal.class).single();
    }

    List<MonthRow> months(LocalDate from, LocalDate to, UUID owner, boolean perOwner) {
        String ownerColumn = perOwner ? "owner_id" : "cast(null as uuid)";
        return sql.client().sql("select cast(date_trunc('month', day) as date) as month, " + ownerColumn
                        + " as owner_id, sum(revenue) as revenue, sum(orders) as orders, sum(acquired) as acquired,"
                        + " sum(reactivated) as reactivated, sum(lost) as lost from analytics_day"
                        + " where day >= :from and day < :to and " + OWNER + " group by 1, 2 order by 1, 2")
                .param("from", from).param("to", to).param("owner", owner)
                .query(MonthRow.class).list();
    }

    /** Customers active on the day before {@code day}, per owner (owner null: the customers without one). */
    List<MonthNet> activeBeforePerOwner(LocalDate day, UUID owner) {
        return sql.client().sql("select cast(:day as date) as month, owner_id, coalesce(sum(acquired + reactivated"
                        + " - lost), 0) as net from analytics_day where day < :day and " + OWNER + " group by owner_id")
                .param("day", day).param("owner", owner).query(MonthNet.class).list();
    }

    /**
     * Every count of a period in one pass over the stretches that start or end in it: the same conditions as
     * {@link #count}.
     */
    SpellCounts spellCounts(LocalDate from, LocalDate to, UUID owner) {
        return sql.client().sql("""
                        select count(distinct customer_id) filter (where %s) as new_customers,
                               count(distinct customer_id) filter (where %s) as reactivated,
                               count(distinct customer_id) filter (where %s) as lost,
                               count(distinct customer_id) filter (where %s) as lost_from_start,
                               count(distinct customer_id) filter (where %s) as acquired_and_lost
                        from analytics_spell
                        where ((start_on >= :from and start_on < :to) or (end_on >= :from and end_on < :to)) and %s"""
                        .formatted(condition(KpiCount.NEW), condition(KpiCount.REACTIVATED),
                                condition(KpiCount.LOST), condition(KpiCount.LOST_FROM_START),
                                condition(KpiCount.ACQUIRED_AND_LOST), OWNER))
                .param("from", from).param("to", to).param("owner", owner).query(SpellCounts.class).single();
    }

    /**
     * The owners with figures, in a stable order. An incremental refresh leaves rows of zeros behind (a customer
     * handed over takes their figures to the new owner): an owner with nothing but those has no figures.
     */
    List<UUID> owners() {
        return sql.client().sql("select owner_id from analytics_day group by owner_id having bool_or(revenue <> 0"
                        + " or orders <> 0 or acquired <> 0 or reactivated <> 0 or lost <> 0)"
                        + " order by owner_id nulls last")
                .query(UUID.class).list();
    }

    /** The customers a count stands for, or their number: the same condition either way. */
    private static String condition(KpiCount count) {
        return switch (count) {
            case ACTIVE_AT_START -> "start_on < :from and end_on >= :from";
            case ACTIVE_AT_END -> "start_on < :to and end_on >= :to";
            case NEW -> "first and start_on >= :from and start_on < :to";
            case REACTIVATED -> "not first and start_on >= :from and start_on < :to";
            case LOST -> "end_on >= :from and end_on < :to";
            case LOST_FROM_START -> "start_on < :from and end_on >= :from and end_on < :to";
            case RETAINED -> "start_on < :from and end_on >= :to";
            case ACQUIRED_AND_LOST -> "first and start_on >= :from and end_on < :to";
        };
    }

    long count(KpiCount which, LocalDate from, LocalDate to, UUID owner) {
        return sql.client().sql("select count(distinct customer_id) from analytics_spell where " + condition(which)
                        + " and " + OWNER)
                .param("from", from).param("to", to).param("owner", owner).query(Long.class).single();
    }

    List<Long> customers(KpiCount which, LocalDate from, LocalDate to, UUID owner, int offset, int limit) {
        return sql.client().sql("select distinct customer_id from analytics_spell where " + condition(which)
                        + " and " + OWNER + " order by customer_id offset :offset limit :limit")
                .param("from", from).param("to", to).param("owner", owner)
                .param("offset", offset).param("limit", limit)
                .query(Long.class).list();
    }

    /** Revenue in [revenueFrom, revenueTo) of the customers of S lost during [from, to). */
    BigDecimal revenueOfLostFromStart(LocalDate from, LocalDate to, LocalDate revenueFrom, LocalDate revenueTo,
                                      UUID owner) {
        return sql.client().sql("select coalesce(sum(d.revenue), 0) from analytics_spell s"
                        + " join analytics_customer_day d on d.customer_id = s.customer_id"
                        + " and d.day >= :rfrom and d.day < :rto"
                        + " where s.start_on < :from and s.end_on >= :from and s.end_on < :to"
                        + " and (cast(:owner as uuid) is null or s.owner_id = cast(:owner as uuid))")
                .param("from", from).param("to", to).param("rfrom", revenueFrom).param("rto", revenueTo)
                .param("owner", owner).query(BigDecimal.class).single();
    }

    /**
     * Revenue of the top 20 % of the customers who bought in [from, to) (rounded up), of all of them, and their
     * number.
     */
    Concentration concentration(LocalDate from, LocalDate to, UUID owner) {
        return sql.client().sql("""
                        select coalesce(sum(revenue) filter (where rank <= ceil(buyers * 0.2)), 0) as top,
                               coalesce(sum(revenue), 0) as total, count(*) as buyers
                        from (select revenue, row_number() over (order by revenue desc) as rank, count(*) over () as buyers
                              from (select sum(revenue) as revenue from analytics_customer_day
                                    where day >= :from and day < :to and %s group by customer_id) c) r"""
                        .formatted(OWNER))
                .param("from", from).param("to", to).param("owner", owner).query(Concentration.class).single();
    }

    List<SourceLeads> leads(LocalDate from, LocalDate to, UUID owner) {
        return sql.client().sql("select source, count(*) as leads, count(*) filter (where " + reached(FunnelStage.PROSPECTS)
                        + ") as prospects, count(*) filter (where " + reached(FunnelStage.CUSTOMERS) + ") as converted"
                        + " from analytics_lead where created_on >= :from and created_on < :to and "
                        + OWNER + " group by source order by source nulls last")
                .param("from", from).param("to", to).param("owner", owner).query(SourceLeads.class).list();
    }

    /** One page of the leads created in [from, to) that reached {@code stage} before {@code to}, by id. */
    List<Long> leadCustomers(FunnelStage stage, LocalDate from, LocalDate to, UUID owner, int offset, int limit) {
        return sql.client().sql("select customer_id from analytics_lead where created_on >= :from and created_on < :to"
                        + " and " + reached(stage) + " and " + OWNER + " order by customer_id offset :offset limit :limit")
                .param("from", from).param("to", to).param("owner", owner)
                .param("offset", offset).param("limit", limit)
                .query(Long.class).list();
    }

    /** The leads a funnel stage counts, or their number: the same condition either way. */
    private static String reached(FunnelStage stage) {
        return switch (stage) {
            case LEADS -> "true";
            case PROSPECTS -> "prospect_on < :to";
            case CUSTOMERS -> "converted_on < :to";
        };
    }

    /** The open pipeline of the latest snapshot taken before {@code to}, or null without one. */
    Pipeline pipeline(LocalDate to, UUID owner) {
        return sql.client().sql("select sum(open_amount) as amount, sum(weighted_amount) as weighted"
                        + " from analytics_pipeline_snapshot where day = (select max(day)"
                        + " from analytics_pipeline_snapshot where day < :to) and " + OWNER + " having count(*) > 0")
                .param("to", to).param("owner", owner).query(Pipeline.class).optional().orElse(null);
    }

    /** What identifies the aggregates' contents: the schema, and when they were last refreshed. */
    String stamp() {
        return sql.client().sql("select current_schema() || '@' || coalesce(cast(refreshed_at as text), '-')"
                        + " from analytics_state")
                .query(String.class).single();
    }

    List<CohortRow> cohorts(LocalDate from, LocalDate to) {
        return sql.client().sql("select cohort_month, month_offset, buyers from analytics_cohort"
                        + " where cohort_month >= :from and cohort_month < :to and buyers <> 0"
                        + " order by cohort_month, month_offset")
                .param("from", from).param("to", to).query(CohortRow.class).list();
    }
}
