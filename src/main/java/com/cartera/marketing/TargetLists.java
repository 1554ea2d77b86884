package com.cartera.marketing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.cartera.customer.MarketingReach;
import com.cartera.marketing.target.Audience;
import com.cartera.marketing.target.Audiences;
import com.cartera.marketing.target.TargetMembers;
import com.cartera.security.CurrentUser;
import com.cartera.security.FieldRejectedException;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.tenancy.TenantSql;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A campaign's target lists. Building one freezes its selection at that moment: the customers with marketing consent
 * and a way to reach them become members; everyone else of the selection is kept apart with the reason, counted and
 * named. E-mail campaigns need an e-mail address; every other channel an e-mail address or a phone number. The
 * selection is streamed from the customer module and written in batches, never a customer at a time.
 */
@Service
@Transactional(readOnly = true)
public class TargetLists {

    /** Customers written to the list per statement. */
    static final int BATCH = 10_000;
    static final int NAME_MAX = 120;

    private final TenantSql sql;
    private final Campaigns campaigns;
    private final Audiences audiences;
    private final MarketingReach reach;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TargetMembers members;

    TargetLists(TenantSql sql, Campaigns campaigns, Audiences audiences, MarketingReach reach,
                CurrentUser currentUser, Clock clock, TargetMembers members) {
        this.members = members;
        this.sql = sql;
        this.campaigns = campaigns;
        this.audiences = audiences;
        this.reach = reach;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Builds a list for the campaign from the selection {@code kind}/{@code value} as it is now.
     *
     * @throws FieldRejectedException naming {@code campaign}, {@code value} or {@code name} when the campaign is
     *                                unknown, the selection names nothing, or the name is blank or too long
     */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING})
    public TargetListSummary build(long campaignId, TargetKind kind, String value, String name) {
        CampaignInfo campaign = campaigns.find(campaignId)
                .orElseThrow(() -> new FieldRejectedException("campaign", "marketing.list.campaign.unknown"));
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            throw new FieldRejectedException("name", "marketing.list.name.required");
        }
        if (cleanName.length() > NAME_MAX) {
            throw new FieldRejectedException("name", "marketing.list.name.too-long");
        }
        SignedInUser user = currentUser.require();
        Audience audience = audiences.resolve(kind, value, user.locale())
                .orElseThrow(() -> new FieldRejectedException("value", "marketing.list.value.unknown"));
        Instant frozenAt = clock.instant();
        JdbcClient client = sql.client();
        long listId = client.sql("""
                        insert into target_list (campaign_id, name, target_kind, target_value, target_label, frozen_at,
                                                 created_by)
                        values (:campaign, :name, :kind, :value, :label, :at, :by) returning id""")
                .param("campaign", campaignId).param("name", cleanName).param("kind", kind.name())
                .param("value", value.strip()).param("label", truncated(audience.label(), 200))
                .param("at", frozenAt.atOffset(ZoneOffset.UTC)).param("by", user.userId())
                .query(Long.class).single();
        boolean emailOnly = campaign.channel() == CampaignChannel.EMAIL;
        int[] counts = {0, 0};
        reach.forEachBatch(audience.filter(), audience.segment(), BATCH, batch -> {
            List<Long> members = new ArrayList<>(batch.size());
            List<Long> excluded = new ArrayList<>();
            List<String> reasons = new ArrayList<>();
            for (MarketingReach.Reach customer : batch) {
                ExclusionReason reason = reasonToLeaveOut(customer, emailOnly);
                if (reason == null) {
                    members.add(customer.customerId());
                } else {
                    excluded.add(customer.customerId());
                    reasons.add(reason.name());
                }
            }
            insertMembers(client, listId, members, frozenAt);
            insertExclusions(client, listId, excluded, reasons);
            counts[0] += members.size();
            counts[1] += excluded.size();
        });
        client.sql("update target_list set members = :members, excluded = :excluded where id = :id")
                .param("members", counts[0]).param("excluded", counts[1]).param("id", listId).update();
        return find(listId).orElseThrow();
    }

    /** The campaign's lists, newest first. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING, Role.Names.MANAGEMENT})
    public List<TargetListSummary> forCampaign(long campaignId) {
        return summaries("where l.campaign_id = :key", campaignId);
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING, Role.Names.MANAGEMENT})
    public Optional<TargetListSummary> find(long listId) {
        return summaries("where l.id = :key", listId).stream().findFirst();
    }

    /** Every member's customer id, in order. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING, Role.Names.MANAGEMENT})
    public List<Long> memberIds(long listId) {
        return members.memberIds(listId);
    }

    /**
     * Sets the status of those members of the list (others are ignored); reaching them publishes
     * {@link CampaignTouched}, as the list's page does.
     *
     * @return how many members changed
     */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING})
    public int setStatus(long listId, Collection<Long> customerIds, TargetStatus status) {
        return members.setStatus(listId, customerIds, status);
    }

    /** Why a customer of the selection stays off the list, or null when they are a member. */
    static ExclusionReason reasonToLeaveOut(MarketingReach.Reach customer, boolean emailOnly) {
        if (!customer.consent()) {
            return ExclusionReason.NO_CONSENT;
        }
        boolean reachable = customer.hasEmail() || (!emailOnly && customer.hasPhone());
        return reachable ? null : ExclusionReason.NO_ADDRESS;
    }

    private List<TargetListSummary> summaries(String where, long key) {
        JdbcClient client = sql.client();
        Map<Long, Map<TargetStatus, Integer>> byStatus = new HashMap<>();
        client.sql("""
                        select m.list_id, m.status, count(*) as n
                        from target_list l join target_list_member m on m.list_id = l.id
                        """ + where + " group by m.list_id, m.status")
                .param("key", key)
                .query((ResultSet rs) -> {
                    byStatus.computeIfAbsent(rs.getLong("list_id"), id -> new EnumMap<>(TargetStatus.class))
                            .put(TargetStatus.valueOf(rs.getString("status")), rs.getInt("n"));
                });
        return client.sql("""
                        select l.id, l.campaign_id, l.name, l.target_label, l.frozen_at, l.members, l.excluded
                        from target_list l
                        """ + where + " order by l.frozen_at desc, l.id desc")
                .param("key", key)
                .query((rs, n) -> summary(rs, byStatus.getOrDefault(rs.getLong("id"), Map.of())))
                .list();
    }

    private static TargetListSummary summary(ResultSet rs, Map<TargetStatus, Integer> byStatus) throws SQLException {
        return new TargetListSummary(rs.getLong("id"), rs.getLong("campaign_id"), rs.getString("name"),
                rs.getString("target_label"), rs.getTimestamp("frozen_at").toInstant(), rs.getInt("members"),
                rs.getInt("excluded"), byStatus);
    }

    private static void insertMembers(JdbcClient client, long listId, List<Long> customerIds, Instant at) {
        if (customerIds.isEmpty()) {
            return;
        }
        client.sql("""
                        insert into target_list_member (list_id, customer_id, status, status_at)
                        select :list, id, 'TARGETED', :at from unnest(:ids) as ids(id)""")
                .param("list", listId).param("at", at.atOffset(ZoneOffset.UTC))
                .param("ids", new SqlArrayValue("bigint", customerIds.toArray()))
                .update();
    }

    private static void insertExclusions(JdbcClient client, long listId, List<Long> customerIds,
                                         List<String> reasons) {
        if (customerIds.isEmpty()) {
            return;
        }
        client.sql("""
                        insert into target_list_exclusion (list_id, customer_id, reason)
                        select :list, id, reason from unnest(:ids, :reasons) as x(id, reason)""")
                .param("list", listId)
                .param("ids", new SqlArrayValue("bigint", customerIds.toArray()))
                .param("reasons", new SqlArrayValue("varchar", reasons.toArray()))
                .update();
    }

    private static String truncated(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
