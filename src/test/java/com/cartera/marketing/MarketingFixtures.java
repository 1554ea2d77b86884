package com.cartera.marketing;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.cartera.TestData;
import com.cartera.security.SignedInUser;
import org.springframework.context.ApplicationContext;

/** Campaigns and spend made through the real services, for the marketing tests. */
public final class MarketingFixtures {

    private final ApplicationContext context;

    public MarketingFixtures(ApplicationContext context) {
        this.context = context;
    }

    /** The id of the built-in source with that code in {@code user}'s workspace. */
    public long source(SignedInUser user, String code) {
        return TestData.as(user, () -> context.getBean(MarketingSources.class).all().stream()
                .filter(source -> code.equals(source.code())).findFirst().orElseThrow().id());
    }

    public static CampaignDraft draft(String name, long sourceId, LocalDate startsOn, LocalDate endsOn,
                                      String budget) {
        return new CampaignDraft(name, CampaignChannel.EMAIL, sourceId, startsOn, endsOn,
                budget == null ? null : new BigDecimal(budget), null, null, null, null);
    }

    public Campaign campaign(SignedInUser user, String name, String sourceCode, LocalDate startsOn, LocalDate endsOn,
                             String budget) {
        long sourceId = source(user, sourceCode);
        return TestData.as(user, () -> context.getBean(CampaignService.class)
                .create(draft(name, sourceId, startsOn, endsOn, budget)));
    }

    public SpendEntry spend(SignedInUser user, LocalDate day, String amount, SpendCategory category, SpendKind kind,
                            Long campaignId, Long sourceId) {
        return TestData.as(user, () -> context.getBean(SpendService.class)
                .record(new SpendDraft(day, new BigDecimal(amount), category, kind, campaignId, sourceId, null)));
    }
}
