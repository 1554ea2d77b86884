package com.cartera.marketing;

/** Which campaigns the list shows: where not null, one status, channel or source, and words of the name. */
public record CampaignFilter(CampaignStatus status, CampaignChannel channel, Long sourceId, String text) {

    public static final CampaignFilter ALL = new CampaignFilter(null, null, null, null);

    public CampaignFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }
}
