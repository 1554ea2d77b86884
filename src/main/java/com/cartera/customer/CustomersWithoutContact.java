package com.cartera.customer;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.cartera.tenancy.TenantSql;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The live, not lost customers whose last contact (or, never contacted, their creation) lies before their tier's
 * cutoff: those contacted less often than their tier's cadence. The caller, who knows the contacts and the cadences,
 * passes both in. Not secured: the calling module checks its callers (a salesperson only their own customers).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class CustomersWithoutContact {

    /**
     * What to look for.
     *
     * @param owner        only this owner's customers (null: everyone's)
     * @param cutoffs      per tier with a cadence, the instant before which the last contact is too old
     * @param lastContacts each contacted customer's latest contact
     */
    public record Criteria(UUID owner, Map<ValueTier, Instant> cutoffs, Map<Long, Instant> lastContacts) {
    }

    /** A customer found: id and name. */
    public record Found(long id, String name) {
    }

    private static final String MATCHES = """
            from customer c
            join unnest(cast(:tiers as varchar[]), cast(:cutoffs as timestamptz[])) as k(tier, before) on k.tier = c.tier
            left join unnest(cast(:contacted as bigint[]), cast(:contactedAt as timestamptz[])) as l(id, at)
                 on l.id = c.id
            where c.deleted_at is null and c.lifecycle_stage <> 'LOST'
              and (cast(:owner as uuid) is null or c.owner_id = cast(:owner as uuid))
              and coalesce(l.at, c.created_at) < k.before""";

    private final TenantSql sql;

    CustomersWithoutContact(TenantSql sql) {
        this.sql = sql;
    }

    public long count(Criteria criteria) {
        return bind(sql.client().sql("select count(*) " + MATCHES), criteria).query(Long.class).single();
    }

    /** Up to {@code limit} of them, the longest without contact first (then by name). */
    public List<Found> longestWithout(Criteria criteria, int limit) {
        return bind(sql.client().sql("select c.id, c.name " + MATCHES
                        + " order by coalesce(l.at, c.created_at), c.name, c.id limit :limit"), criteria)
                .param("limit", limit)
                .query(Found.class)
                .list();
    }

    /** A page of their ids, by id. */
    public List<Long> ids(Criteria criteria, int offset, int limit) {
        return bind(sql.client().sql("select c.id " + MATCHES + " order by c.id offset :offset limit :limit"), criteria)
                .param("offset", offset)
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    private static StatementSpec bind(StatementSpec statement, Criteria criteria) {
        var tiers = List.copyOf(criteria.cutoffs().keySet());
        var contacted = List.copyOf(criteria.lastContacts().keySet());
        return statement
                .param("owner", criteria.owner() == null ? null : criteria.owner().toString())
                .param("tiers", tiers.stream().map(ValueTier::name).toArray(String[]::new))
                .param("cutoffs", tiers.stream().map(tier -> Timestamp.from(criteria.cutoffs().get(tier)))
                        .toArray(Timestamp[]::new))
                .param("contacted", contacted.toArray(Long[]::new))
                .param("contactedAt", contacted.stream().map(id -> Timestamp.from(criteria.lastContacts().get(id)))
                        .toArray(Timestamp[]::new));
    }
}
