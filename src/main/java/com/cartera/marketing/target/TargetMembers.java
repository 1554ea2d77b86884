package com.cartera.marketing.target;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.cartera.customer.MarketingReach;
import com.cartera.marketing.CampaignTouched;
import com.cartera.marketing.ExclusionReason;
import com.cartera.marketing.TargetStatus;
import com.cartera.security.Role;
import com.cartera.tenancy.TenantScope;
import com.cartera.tenancy.TenantSql;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.orm.ObjectRetrievalFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members and exclusions of a target list, page by page, and members' statuses set in bulk. Moving members to
 * a status that means the campaign reached them publishes {@link CampaignTouched} in the same transaction.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING, Role.Names.MANAGEMENT})
public class TargetMembers {

    private static final Set<TargetStatus> TOUCHES =
            Set.of(TargetStatus.CONTACTED, TargetStatus.RESPONDED, TargetStatus.CONVERTED);

    private final TenantSql sql;
    private final MarketingReach reach;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TargetMembers(TenantSql sql, MarketingReach reach, ApplicationEventPublisher events, Clock clock) {
        this.sql = sql;
        this.reach = reach;
        this.events = events;
        this.clock = clock;
    }

    public int count(long listId, MemberFilter filter) {
        Narrowing narrowing = narrowing(listId, filter);
        if (narrowing.nothing()) {
            return 0;
        }
        return sql.client().sql("select count(*) from target_list_member where list_id = :list" + narrowing.where())
                .params(narrowing.params(listId)).query(Integer.class).single();
    }

    /** Members {@code offset} to {@code offset + limit} matching {@code filter}, in customer order. */
    public List<MemberRow> page(long listId, MemberFilter filter, int offset, int limit) {
        Narrowing narrowing = narrowing(listId, filter);
        if (narrowing.nothing()) {
            return List.of();
        }
        record Row(long customerId, String status, java.sql.Timestamp statusAt) {
        }
        List<Row> rows = sql.client().sql("""
                        select customer_id, status, status_at from target_list_member where list_id = :list"""
                        + narrowing.where() + " order by customer_id offset :offset limit :limit")
                .params(narrowing.params(listId)).param("offset", offset).param("limit", limit)
                .query(Row.class).list();
        Map<Long, MarketingReach.Contact> contacts = reach.contacts(rows.stream().map(Row::customerId).toList());
        return rows.stream().map(row -> {
            MarketingReach.Contact contact = contacts.get(row.customerId());
            return contact == null
                    ? new MemberRow(row.customerId(), null, null, null, TargetStatus.valueOf(row.status()),
                    row.statusAt().toInstant(), false, false)
                    : new MemberRow(row.customerId(), contact.name(), contact.email(), contact.phone(),
                    TargetStatus.valueOf(row.status()), row.statusAt().toInstant(), contact.consent(),
                    contact.live());
        }).toList();
    }

    /** Sets {@code status} on the picked members of the list; returns how many changed. */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING})
    public int setStatus(long listId, Collection<Long> customerIds, TargetStatus status) {
        if (customerIds.isEmpty()) {
            return 0;
        }
        return change(listId, status, " and customer_id = any(:ids)",
                Map.of("ids", new SqlArrayValue("bigint", customerIds.toArray())));
    }

    /** Sets {@code status} on every member matching {@code filter}; returns how many changed. */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING})
    public int setStatusOfMatching(long listId, MemberFilter filter, TargetStatus status) {
        Narrowing narrowing = narrowing(listId, filter);
        if (narrowing.nothing()) {
            return 0;
        }
        Map<String, Object> params = narrowing.params(listId);
        params.remove("list");
        return change(listId, status, narrowing.where(), params);
    }

    /** How many of the selection were left out, per reason; every reason is present. */
    public Map<ExclusionReason, Integer> exclusionCounts(long listId) {
        var counts = new EnumMap<ExclusionReason, Integer>(ExclusionReason.class);
        for (ExclusionReason reason : ExclusionReason.values()) {
            counts.put(reason, 0);
        }
        sql.client().sql("select reason, count(*) as n from target_list_exclusion where list_id = :list group by reason")
                .param("list", listId)
                .query((rs, n) -> counts.put(ExclusionReason.valueOf(rs.getString("reason")), rs.getInt("n")))
                .list();
        return counts;
    }

    /** Exclusions {@code offset} to {@code offset + limit}, of one reason (null: any), in customer order. */
    public List<ExclusionRow> exclusions(long listId, ExclusionReason reason, int offset, int limit) {
        record Row(long customerId, String reason) {
        }
        List<Row> rows = sql.client().sql("""
                        select customer_id, reason from target_list_exclusion
                        where list_id = :list and (cast(:reason as varchar) is null or reason = :reason)
                        order by customer_id offset :offset limit :limit""")
                .param("list", listId).param("reason", reason == null ? null : reason.name())
                .param("offset", offset).param("limit", limit)
                .query(Row.class).list();
        Map<Long, MarketingReach.Contact> contacts = reach.contacts(rows.stream().map(Row::customerId).toList());
        return rows.stream().map(row -> {
            MarketingReach.Contact contact = contacts.get(row.customerId());
            return new ExclusionRow(row.customerId(), contact == null ? null : contact.name(),
                    contact == null ? null : contact.email(), contact == null ? null : contact.phone(),
                    ExclusionReason.valueOf(row.reason()));
        }).toList();
    }

    /** Every member's customer id, in order (for matching a response file or an export). */
    public List<Long> memberIds(long listId) {
        return sql.client().sql("select customer_id from target_list_member where list_id = :list order by customer_id")
                .param("list", listId).query(Long.class).list();
    }

    private int change(long listId, TargetStatus status, String where, Map<String, Object> params) {
        long campaignId = campaignOf(listId);
        Instant at = clock.instant();
        List<Long> changed = sql.client().sql("""
                        update target_list_member set status = :status, status_at = :at
                        where list_id = :list and status <> :status""" + where + " returning customer_id")
                .params(params).param("list", listId).param("status", status.name())
                .param("at", at.atOffset(ZoneOffset.UTC))
                .query(Long.class).list();
        if (!changed.isEmpty() && TOUCHES.contains(status)) {
            events.publishEvent(new CampaignTouched(TenantScope.require(), campaignId, new HashSet<>(changed), at));
        }
        return changed.size();
    }

    private long campaignOf(long listId) {
        return sql.client().sql("select campaign_id from target_list where id = :id").param("id", listId)
                .query(Long.class).optional()
                .orElseThrow(() -> new ObjectRetrievalFailureException("target_list", listId));
    }

    /**
     * The filter as SQL on target_list_member; the text is matched by the customer module among the list's members
     * (of the statuses asked), and the matches narrow by id.
     */
    private Narrowing narrowing(long listId, MemberFilter filter) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new java.util.HashMap<>();
        if (!filter.statuses().isEmpty()) {
            where.append(" and status = any(:statuses)");
            params.put("statuses", new SqlArrayValue("varchar",
                    filter.statuses().stream().map(Enum::name).toArray()));
        }
        if (filter.text() != null) {
            JdbcClient client = sql.client();
            List<Long> among = client.sql("select customer_id from target_list_member where list_id = :list"
                            + where).params(params).param("list", listId).query(Long.class).list();
            List<Long> matching = reach.matchingText(filter.text(), among);
            if (matching.isEmpty()) {
                return new Narrowing("", Map.of(), true);
            }
            where.append(" and customer_id = any(:ids)");
            params.put("ids", new SqlArrayValue("bigint", matching.toArray()));
        }
        return new Narrowing(where.toString(), params, false);
    }

    private record Narrowing(String where, Map<String, Object> params, boolean nothing) {

        Map<String, Object> params(long listId) {
            Map<String, Object> all = new java.util.HashMap<>(params);
            all.put("list", listId);
            return all;
        }
    }
}
