package com.cartera.marketing;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;

/** The rules every spend entry meets, typed in or imported; answers the source the entry is booked on. */
@Component
class SpendChecks {

    /** The largest amount the table holds. */
    static final BigDecimal AMOUNT_MAX = new BigDecimal("999999999999.99");

    private final Campaigns campaigns;
    private final MarketingSources sources;

    SpendChecks(Campaigns campaigns, MarketingSources sources) {
        this.campaigns = campaigns;
        this.sources = sources;
    }

    /**
     * @param keptSourceId the source the entry is booked on now (an archived one may stay), null for a new entry
     * @return the source to book on
     * @throws MarketingRefusedException naming the field at fault
     */
    long check(SpendDraft draft, Long keptSourceId) {
        if (draft.spentOn() == null) {
            throw new MarketingRefusedException("spentOn", "marketing.spend.date.required");
        }
        if (draft.amount() == null) {
            throw new MarketingRefusedException("amount", "marketing.spend.amount.required");
        }
        if (draft.amount().signum() < 0) {
            throw new MarketingRefusedException("amount", "marketing.spend.amount.negative");
        }
        if (draft.amount().scale() > 2 || draft.amount().compareTo(AMOUNT_MAX) > 0) {
            throw new MarketingRefusedException("amount", "marketing.spend.amount.invalid");
        }
        if (draft.category() == null) {
            throw new MarketingRefusedException("category", "marketing.spend.category.required");
        }
        if (draft.countsAs() == null) {
            throw new MarketingRefusedException("countsAs", "marketing.spend.counts-as.required");
        }
        if (draft.description() != null && draft.description().strip().length() > SpendEntry.DESCRIPTION_MAX) {
            throw new MarketingRefusedException("description", "marketing.spend.description.too-long",
                    SpendEntry.DESCRIPTION_MAX);
        }
        if (draft.campaignId() != null) {
            CampaignInfo campaign = campaigns.find(draft.campaignId())
                    .orElseThrow(() -> new MarketingRefusedException("campaign", "marketing.spend.campaign.unknown"));
            if (!campaign.covers(draft.spentOn())) {
                throw campaign.endsOn() == null
                        ? new MarketingRefusedException("spentOn", "marketing.spend.date.before-campaign",
                        campaign.name(), campaign.startsOn())
                        : new MarketingRefusedException("spentOn", "marketing.spend.date.outside-campaign",
                        campaign.name(), campaign.startsOn(), campaign.endsOn());
            }
            return campaign.sourceId();
        }
        if (draft.sourceId() == null) {
            throw new MarketingRefusedException("source", "marketing.spend.source.required");
        }
        SourceInfo source = sources.find(draft.sourceId())
                .orElseThrow(() -> new MarketingRefusedException("source", "marketing.spend.source.unknown"));
        if (source.archived() && !Long.valueOf(source.id()).equals(keptSourceId)) {
            throw new MarketingRefusedException("source", "marketing.spend.source.archived");
        }
        return source.id();
    }
}
