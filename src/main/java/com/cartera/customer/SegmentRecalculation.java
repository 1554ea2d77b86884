package com.cartera.customer;

import java.util.StringJoiner;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the value tiers and RFM scores of the whole portfolio of the workspace in scope, each with one
 * set-based statement. Unsecured on purpose: the nightly job runs it with no one signed in; people reach it
 * through {@link SegmentService} and {@link WorkspaceSettingsService}, which check their roles.
 */
@Component
class SegmentRecalculation {

    /*
     * RFM quintiles without floating point: a customer's score is ceil(5 × le / n), where le counts the ranked
     * customers whose value is at most theirs (their peers included, the default window frame) and n counts
     * all ranked customers. That is ceil(5 × cume_dist()) computed in integers, so equal values always get
     * equal scores, the best value always scores 5, and with n distinct values the scores are the classic
     * quintiles. Ranked are the live customers with at least one purchase; every other customer gets nulls.
     * The segment comes from RfmSegment's map, turned into a VALUES list so the mapping lives in one place.
     */
    private static final String RFM_UPDATE = """
            with ranked as (
                select id,
                       count(*) over (order by last_purchase_on) as recency_le,
                       count(*) over (order by purchase_count)   as frequency_le,
                       count(*) over (order by revenue)          as monetary_le,
                       count(*) over ()                          as n
                from customer
                where deleted_at is null and purchase_count > 0
            ), scored as (
                select id,
                       cast((5 * recency_le + n - 1) / n as smallint)   as r,
                       cast((5 * frequency_le + n - 1) / n as smallint) as f,
                       cast((5 * monetary_le + n - 1) / n as smallint)  as m
                from ranked
            ), target as (
                select c.id, s.r, s.f, s.m, segments.segment
                from customer c
                         left join scored s on s.id = c.id
                         left join (values %s) as segments (r, f, segment) on segments.r = s.r and segments.f = s.f
                where s.id is not null or c.rfm_recency is not null or c.rfm_segment is not null
            )
            update customer c
            set rfm_recency   = t.r,
                rfm_frequency = t.f,
                rfm_monetary  = t.m,
                rfm_segment   = t.segment
            from target t
            where c.id = t.id
              and (c.rfm_recency, c.rfm_frequency, c.rfm_monetary, c.rfm_segment)
                  is distinct from (t.r, t.f, t.m, t.segment)
            """.formatted(segmentMap());

    /*
     * The purchase triggers use tier_for(revenue), which reads the thresholds once per call; over a whole
     * portfolio the thresholds are joined once and the same rule, tier_between, is applied to every row. Read
     * in this transaction, the thresholds include a change made earlier in it.
     */
    private static final String TIER_UPDATE = """
            update customer c
            set tier_computed = tier_between(c.revenue, s.tier_strategic_min, s.tier_key_min, s.tier_emerging_min)
            from workspace_settings s
            where c.tier_computed
                  <> tier_between(c.revenue, s.tier_strategic_min, s.tier_key_min, s.tier_emerging_min)
            """;

    private final EntityManager entityManager;

    SegmentRecalculation(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Tiers and RFM of the whole workspace. */
    @Transactional
    SegmentChanges recalculate() {
        return new SegmentChanges(recalculateTiers(), recalculateRfm());
    }

    /** Every customer's computed tier under the current thresholds; returns how many changed. */
    @Transactional
    int recalculateTiers() {
        entityManager.flush();
        return entityManager.createNativeQuery(TIER_UPDATE).executeUpdate();
    }

    /** Every customer's RFM scores and segment; returns how many changed. */
    @Transactional
    int recalculateRfm() {
        entityManager.flush();
        return entityManager.createNativeQuery(RFM_UPDATE).executeUpdate();
    }

    private static String segmentMap() {
        var rows = new StringJoiner(", ");
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                rows.add("(" + r + ", " + f + ", '" + RfmSegment.of(r, f).name() + "')");
            }
        }
        return rows.toString();
    }
}
