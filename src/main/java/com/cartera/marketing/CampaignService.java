package com.cartera.marketing;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumSet;
import java.util.UUID;

import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.cartera.security.TeamDirectory;
import com.cartera.tenancy.TenantSql;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and edits campaigns. Edits name the version they started from: a stale one is refused with
 * {@link ObjectOptimisticLockingFailureException}, never silently overwritten. A campaign's spend is booked on its
 * source, so its source changes only with consent to move that spend along ({@link SourceChangeNeedsConsent}).
 */
@Service
@Transactional
@RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING})
public class CampaignService {

    private static final EnumSet<Role> OWNER_ROLES = EnumSet.of(Role.MARKETING, Role.ADMIN, Role.SALES,
            Role.MANAGEMENT);

    private final CampaignRepository campaigns;
    private final MarketingSources sources;
    private final CampaignTargets targets;
    private final TeamDirectory team;
    private final CurrentUser currentUser;
    private final TenantSql sql;
    private final Clock clock;

    CampaignService(CampaignRepository campaigns, MarketingSources sources, CampaignTargets targets,
                    TeamDirectory team, CurrentUser currentUser, TenantSql sql, Clock clock) {
        this.campaigns = campaigns;
        this.sources = sources;
        this.targets = targets;
        this.team = team;
        this.currentUser = currentUser;
        this.sql = sql;
        this.clock = clock;
    }

    /** The campaign for its edit form. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING, Role.Names.MANAGEMENT})
    public java.util.Optional<Campaign> find(long id) {
        return campaigns.findById(id);
    }

    /**
     * @throws MarketingRefusedException naming the field at fault
     */
    public Campaign create(CampaignDraft draft) {
        check(draft, null);
        UUID by = currentUser.require().userId();
        var campaign = new Campaign(clock.instant(), by);
        campaign.apply(draft);
        return campaigns.saveAndFlush(campaign);
    }

    /**
     * @param moveSpend whether spend booked on the campaign follows a change of its source
     * @throws MarketingRefusedException naming the field at fault
     * @throws SourceChangeNeedsConsent when the source changes, spend is booked on the campaign and
     *                                  {@code moveSpend} is false
     * @throws ObjectOptimisticLockingFailureException when someone else changed the campaign since
     *                                                 {@code expectedVersion}
     */
    public Campaign update(long id, long expectedVersion, CampaignDraft draft, boolean moveSpend) {
        Campaign campaign = current(id, expectedVersion);
        check(draft, campaign);
        long oldSource = campaign.getSourceId();
        if (draft.sourceId() != oldSource) {
            var booked = sql.client().sql("""
                            select count(*) as entries, coalesce(sum(amount), 0) as amount
                            from marketing_spend where campaign_id = :id""")
                    .param("id", id).query(Booked.class).single();
            if (booked.entries() > 0 && !moveSpend) {
                throw new SourceChangeNeedsConsent(booked.entries(), booked.amount(), oldSource, draft.sourceId());
            }
            sql.client().sql("update marketing_spend set source_id = :source where campaign_id = :id")
                    .param("source", draft.sourceId()).param("id", id).update();
        }
        campaign.apply(draft);
        campaign.touched(clock.instant(), currentUser.require().userId());
        return campaigns.saveAndFlush(campaign);
    }

    private record Booked(long entries, BigDecimal amount) {
    }

    /**
     * @throws ObjectOptimisticLockingFailureException when someone else changed the campaign since
     *                                                 {@code expectedVersion}
     */
    public Campaign changeStatus(long id, long expectedVersion, CampaignStatus status) {
        Campaign campaign = current(id, expectedVersion);
        campaign.setStatus(status);
        campaign.touched(clock.instant(), currentUser.require().userId());
        return campaigns.saveAndFlush(campaign);
    }

    private Campaign current(long id, long expectedVersion) {
        return campaigns.findById(id).filter(stored -> stored.getVersion() == expectedVersion)
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(Campaign.class, id));
    }

    private void check(CampaignDraft draft, Campaign existing) {
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty()) {
            throw new MarketingRefusedException("name", "marketing.campaign.name.required");
        }
        if (name.length() > Campaign.NAME_MAX) {
            throw new MarketingRefusedException("name", "marketing.campaign.name.too-long", Campaign.NAME_MAX);
        }
        boolean taken = sql.client().sql("""
                        select exists (select 1 from campaign where lower(name) = lower(:name)
                                       and id <> coalesce(:self, -1))""")
                .param("name", name).param("self", existing == null ? null : existing.getId())
                .query(Boolean.class).single();
        if (taken) {
            throw new MarketingRefusedException("name", "marketing.campaign.name.taken", name);
        }
        if (draft.channel() == null) {
            throw new MarketingRefusedException("channel", "marketing.campaign.channel.required");
        }
        SourceInfo source = sources.find(draft.sourceId())
                .orElseThrow(() -> new MarketingRefusedException("source", "marketing.campaign.source.required"));
        if (source.archived() && (existing == null || existing.getSourceId() != source.id())) {
            throw new MarketingRefusedException("source", "marketing.campaign.source.archived");
        }
        if (draft.startsOn() == null) {
            throw new MarketingRefusedException("startsOn", "marketing.campaign.starts-on.required");
        }
        if (draft.endsOn() != null && draft.endsOn().isBefore(draft.startsOn())) {
            throw new MarketingRefusedException("endsOn", "marketing.campaign.ends-on.before-start");
        }
        if (draft.budget() != null && draft.budget().signum() < 0) {
            throw new MarketingRefusedException("budget", "marketing.campaign.budget.negative");
        }
        if (draft.budget() != null && (draft.budget().scale() > 2 || draft.budget().precision()
                - draft.budget().scale() > 12)) {
            throw new MarketingRefusedException("budget", "marketing.campaign.budget.invalid");
        }
        if (draft.goal() != null && draft.goal().strip().length() > Campaign.GOAL_MAX) {
            throw new MarketingRefusedException("goal", "marketing.campaign.goal.too-long", Campaign.GOAL_MAX);
        }
        if (draft.ownerId() != null && !team.activeMemberIdsWith(OWNER_ROLES).contains(draft.ownerId())) {
            throw new MarketingRefusedException("owner", "marketing.campaign.owner.invalid");
        }
        if (draft.targetKind() != null && !targets.exists(draft.targetKind(), draft.targetValue())) {
            throw new MarketingRefusedException("target", "marketing.campaign.target.invalid");
        }
        if (existing != null) {
            checkSpendStillInside(existing.getId(), draft);
        }
    }

    /** New dates must keep the campaign's booked spend inside them. */
    private void checkSpendStillInside(long id, CampaignDraft draft) {
        long outside = sql.client().sql("""
                        select count(*) from marketing_spend where campaign_id = :id
                          and (spent_on < :startsOn or spent_on > coalesce(cast(:endsOn as date), spent_on))""")
                .param("id", id).param("startsOn", draft.startsOn()).param("endsOn", draft.endsOn())
                .query(Long.class).single();
        if (outside > 0) {
            throw new MarketingRefusedException("startsOn", "marketing.campaign.dates.spend-outside", outside);
        }
    }
}
