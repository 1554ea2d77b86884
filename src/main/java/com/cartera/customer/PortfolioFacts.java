package com.cartera.customer;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.cartera.tenancy.TenantSql;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the analytics aggregates need to know of each customer — owner, stage, creation, deletion, source and the
 * lifecycle moves that start or end activity — as records, so that analytics never reads the customer tables.
 * Runs in the caller's transaction; no permission check (the analytics refresh runs as a job, and the caller
 * states who may see its results). Soft-deleted customers are included, with their deletion time.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY, readOnly = true)
public class PortfolioFacts {

    /**
     * One customer.
     *
     * @param firstStage      the stage the customer was created in
     * @param lostMoves       every move to LOST, oldest first
     * @param lastMoveToActive the latest move to ACTIVE, or the creation when created ACTIVE; null if never ACTIVE
     * @param firstMoveToActive the first move to ACTIVE (or the creation when created ACTIVE); null if never
     * @param firstMoveToProspect the first move to PROSPECT (or the creation when created PROSPECT); null if never
     */
    public record Facts(long customerId, UUID ownerId, LifecycleStage stage, LifecycleStage firstStage, String source,
                        Instant createdAt, Instant deletedAt, List<Instant> lostMoves, Instant lastMoveToActive,
                        Instant firstMoveToActive, Instant firstMoveToProspect) {
    }

    /** Live customers counted by RFM segment (null: not scored yet) and marketing consent. */
    public record AudienceCount(String rfmSegment, boolean marketingConsent, long customers) {
    }

    /** Customers counted by owner, stage and value tier (not deleted). */
    public record StageTierCount(UUID ownerId, String lifecycleStage, String tier, long customers) {
    }

    private static final String FACTS = """
            select c.id as customer_id, c.owner_id, c.lifecycle_stage as stage,
                   coalesce(l.first_from, l.first_to, c.lifecycle_stage) as first_stage, c.source,
                   c.created_at, c.deleted_at, l.lost_moves,
                   coalesce(l.last_active, case when coalesce(l.first_from, l.first_to, c.lifecycle_stage) = 'ACTIVE'
                                                then c.created_at end) as last_move_to_active,
                   coalesce(case when coalesce(l.first_from, l.first_to, c.lifecycle_stage) = 'ACTIVE'
                                 then c.created_at end, l.first_active) as first_move_to_active,
                   coalesce(case when coalesce(l.first_from, l.first_to, c.lifecycle_stage) = 'PROSPECT'
                                 then c.created_at end, l.first_prospect) as first_move_to_prospect
            from customer c
                     left join (select customer_id,
                                       (array_agg(from_stage order by changed_at, id))[1]                  as first_from,
                                       (array_agg(to_stage order by changed_at, id))[1]                    as first_to,
                                       array_agg(changed_at order by changed_at) filter (where to_stage = 'LOST') as lost_moves,
                                       max(changed_at) filter (where to_stage = 'ACTIVE')                   as last_active,
                                       min(changed_at) filter (where to_stage = 'ACTIVE')                   as first_active,
                                       min(changed_at) filter (where to_stage = 'PROSPECT')                 as first_prospect
                                from lifecycle_change
                                where %s
                                group by customer_id) l on l.customer_id = c.id
            where %s
            order by c.id""";

    private static final int FETCH_SIZE = 10_000;

    private final TenantSql sql;

    PortfolioFacts(TenantSql sql) {
        this.sql = sql;
    }

    /** The facts of the given customers, by id. */
    public List<Facts> of(Collection<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return List.of();
        }
        return sql.client()
                .sql(FACTS.formatted("customer_id = any (cast(:ids as bigint[]))", "c.id = any (cast(:ids as bigint[]))"))
                .param("ids", new SqlArrayValue("bigint", customerIds.toArray()))
                .query(this::facts)
                .list();
    }

    /**
     * The facts of every customer, deleted ones included, in id order, read as they are consumed: close the stream
     * (try-with-resources) before the transaction ends.
     */
    public Stream<Facts> all() {
        return sql.client().sql(FACTS.formatted("true", "true"))
                .withFetchSize(FETCH_SIZE)
                .query(this::facts)
                .stream();
    }

    /**
     * Customers whose owner, stage, deletion or lifecycle history may have changed since {@code since}: the change
     * stamp, the creation, the deletion or a lifecycle move at or after it (one indexed look-up each; a deleted
     * customer is found by its deletion, which comes after its creation).
     */
    public List<Long> changedSince(Instant since) {
        return sql.client().sql("""
                        select id from customer where updated_at >= :since
                        union
                        select id from customer where created_at >= :since and deleted_at is null
                        union
                        select id from customer where deleted_at >= :since
                        union
                        select customer_id from lifecycle_change where changed_at >= :since""")
                .param("since", java.sql.Timestamp.from(since))
                .query(Long.class)
                .list();
    }

    /** The portfolio now: customers (not deleted) by owner, stage and tier. */
    public List<StageTierCount> byOwnerStageTier() {
        return sql.client().sql("""
                        select owner_id, lifecycle_stage, tier, count(*) as customers
                        from customer where deleted_at is null
                        group by owner_id, lifecycle_stage, tier""")
                .query(StageTierCount.class)
                .list();
    }

    /** The audience now: live customers by RFM segment and marketing consent. */
    public List<AudienceCount> audience() {
        return sql.client().sql("select rfm_segment, marketing_consent, count(*) as customers from customer"
                        + " where deleted_at is null group by rfm_segment, marketing_consent")
                .query(AudienceCount.class)
                .list();
    }

    private Facts facts(java.sql.ResultSet row, int rowNumber) throws java.sql.SQLException {
        List<Instant> lost = List.of();
        java.sql.Array moves = row.getArray("lost_moves");
        if (moves != null) {
            try (java.sql.ResultSet items = moves.getResultSet()) {
                var list = new java.util.ArrayList<Instant>();
                while (items.next()) {
                    list.add(items.getTimestamp(2).toInstant());
                }
                lost = List.copyOf(list);
            }
        }
        return new Facts(row.getLong("customer_id"), row.getObject("owner_id", UUID.class),
                LifecycleStage.valueOf(row.getString("stage")), LifecycleStage.valueOf(row.getString("first_stage")),
                row.getString("source"), instant(row, "created_at"), instant(row, "deleted_at"), lost,
                instant(row, "last_move_to_active"), instant(row, "first_move_to_active"),
                instant(row, "first_move_to_prospect"));
    }

    private static Instant instant(java.sql.ResultSet row, String column) throws java.sql.SQLException {
        java.sql.Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
