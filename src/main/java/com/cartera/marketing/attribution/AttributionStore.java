package com.cartera.marketing.attribution;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.cartera.customer.CustomerOrigins.Origin;
import com.cartera.tenancy.TenantSql;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code customer_attribution} table: each customer's first touch, the campaign touch before conversion and who
 * referred them. Set-based; runs in the caller's transaction, which states who may do what.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class AttributionStore {

    /** One customer's row. */
    record Row(long customerId, Long firstSourceId, Long firstCampaignId, Instant firstTouchAt,
               Long touchCampaignId, Instant touchAt, Long referredById) {
    }

    /** A referred customer and who referred them. */
    record Referral(long customerId, long referredById) {
    }

    private static final String COLUMNS = """
            select customer_id, first_source_id, first_campaign_id, first_touch_at, touch_campaign_id, touch_at,
                   referred_by_id
            from customer_attribution""";

    private final TenantSql sql;

    AttributionStore(TenantSql sql) {
        this.sql = sql;
    }

    /**
     * Records the first touch of new customers, one statement for the lot: the campaign whose name is the
     * customer's campaign text (ignoring case) and that campaign's source, else the catalogue source mapped to the
     * customer's source value. Customers already recorded keep their row.
     *
     * @return the customers recorded
     */
    Set<Long> recordFirstTouch(List<Origin> origins) {
        if (origins.isEmpty()) {
            return Set.of();
        }
        int size = origins.size();
        var ids = new Long[size];
        var sources = new String[size];
        var campaigns = new String[size];
        var referrers = new Long[size];
        var created = new String[size];
        for (int i = 0; i < size; i++) {
            Origin origin = origins.get(i);
            ids[i] = origin.customerId();
            sources[i] = origin.source() == null ? null : origin.source().name();
            campaigns[i] = origin.sourceCampaign();
            referrers[i] = origin.referredById();
            created[i] = origin.createdAt().toString();
        }
        return new HashSet<>(sql.client().sql("""
                        insert into customer_attribution (customer_id, first_source_id, first_campaign_id,
                                                          first_touch_at, referred_by_id)
                        select u.id, coalesce(c.source_id, s.id), c.id, cast(u.created as timestamptz), u.referrer
                        from unnest(cast(:ids as bigint[]), cast(:sources as text[]), cast(:campaigns as text[]),
                                    cast(:referrers as bigint[]), cast(:created as text[]))
                                 as u(id, source, campaign, referrer, created)
                                 left join campaign c on lower(c.name) = lower(btrim(u.campaign))
                                 left join marketing_source s on s.customer_source = u.source
                        on conflict (customer_id) do nothing
                        returning customer_id""")
                .param("ids", new SqlArrayValue("bigint", (Object[]) ids))
                .param("sources", new SqlArrayValue("text", (Object[]) sources))
                .param("campaigns", new SqlArrayValue("text", (Object[]) campaigns))
                .param("referrers", new SqlArrayValue("bigint", (Object[]) referrers))
                .param("created", new SqlArrayValue("text", (Object[]) created))
                .query(Long.class).list());
    }

    /**
     * Sets the campaign touch of those customers whose last touch is older (or who have none).
     *
     * @return the customers whose touch changed
     */
    Set<Long> touch(Collection<Long> customerIds, long campaignId, Instant at) {
        if (customerIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(sql.client().sql("""
                        update customer_attribution set touch_campaign_id = :campaign, touch_at = :at
                        where customer_id = any (cast(:ids as bigint[])) and (touch_at is null or touch_at <= :at)
                        returning customer_id""")
                .param("campaign", campaignId).param("at", at.atOffset(ZoneOffset.UTC))
                .param("ids", new SqlArrayValue("bigint", customerIds.toArray()))
                .query(Long.class).list());
    }

    Optional<Row> find(long customerId) {
        return sql.client().sql(COLUMNS + " where customer_id = :id").param("id", customerId)
                .query(Row.class).optional();
    }

    /** The customers {@code customerId} referred, by id. */
    List<Long> referredBy(long customerId) {
        return sql.client().sql("select customer_id from customer_attribution where referred_by_id = :id"
                        + " order by customer_id")
                .param("id", customerId).query(Long.class).list();
    }

    /** Customers first touched in [from, to) who were referred. */
    List<Referral> referralsBetween(Instant from, Instant to) {
        return sql.client().sql("""
                        select customer_id, referred_by_id from customer_attribution
                        where referred_by_id is not null and first_touch_at >= :from and first_touch_at < :to""")
                .param("from", from.atOffset(ZoneOffset.UTC)).param("to", to.atOffset(ZoneOffset.UTC))
                .query(Referral.class).list();
    }

    /** Sets a customer's first source and campaign, creating the row with {@code createdAt} when there is none. */
    void correctFirstTouch(long customerId, long sourceId, Long campaignId, Instant createdAt) {
        sql.client().sql("""
                        insert into customer_attribution (customer_id, first_source_id, first_campaign_id,
                                                          first_touch_at)
                        values (:id, :source, :campaign, :created)
                        on conflict (customer_id) do update
                            set first_source_id = excluded.first_source_id,
                                first_campaign_id = excluded.first_campaign_id""")
                .param("id", customerId).param("source", sourceId).param("campaign", campaignId)
                .param("created", createdAt.atOffset(ZoneOffset.UTC))
                .update();
    }

    /**
     * Folds the merged customer's row into the survivor's: the earlier first touch wins (with its referral), the
     * later campaign touch wins, and customers the merged one referred are now referred by the survivor.
     *
     * @return the customers whose attribution changed
     */
    Set<Long> merge(long mergedId, long survivorId) {
        var client = sql.client();
        var changed = new HashSet<>(client.sql("""
                        update customer_attribution set referred_by_id = :survivor
                        where referred_by_id = :merged and customer_id not in (:merged, :survivor)
                        returning customer_id""")
                .param("merged", mergedId).param("survivor", survivorId).query(Long.class).list());
        changed.addAll(client.sql("""
                        update customer_attribution s
                        set first_source_id   = case when m.first_touch_at < s.first_touch_at
                                                     then m.first_source_id else s.first_source_id end,
                            first_campaign_id = case when m.first_touch_at < s.first_touch_at
                                                     then m.first_campaign_id else s.first_campaign_id end,
                            referred_by_id    = case when m.first_touch_at < s.first_touch_at
                                                     then coalesce(m.referred_by_id, s.referred_by_id)
                                                     else coalesce(s.referred_by_id, m.referred_by_id) end,
                            first_touch_at    = least(s.first_touch_at, m.first_touch_at),
                            touch_campaign_id = case when m.touch_at > s.touch_at or s.touch_at is null
                                                     then coalesce(m.touch_campaign_id, s.touch_campaign_id)
                                                     else s.touch_campaign_id end,
                            touch_at          = greatest(s.touch_at, m.touch_at)
                        from customer_attribution m
                        where s.customer_id = :survivor and m.customer_id = :merged
                        returning s.customer_id""")
                .param("merged", mergedId).param("survivor", survivorId).query(Long.class).list());
        changed.addAll(client.sql("""
                        update customer_attribution set customer_id = :survivor
                        where customer_id = :merged
                          and not exists (select 1 from customer_attribution where customer_id = :survivor)
                        returning customer_id""")
                .param("merged", mergedId).param("survivor", survivorId).query(Long.class).list());
        client.sql("delete from customer_attribution where customer_id = :merged").param("merged", mergedId).update();
        // Nobody is their own referrer, and the merged customer is gone.
        client.sql("""
                        update customer_attribution set referred_by_id = null
                        where customer_id = :survivor and referred_by_id in (:merged, :survivor)""")
                .param("merged", mergedId).param("survivor", survivorId).update();
        return changed;
    }
}
