package com.cartera.marketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.security.SignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Another workspace neither reads nor changes our campaigns, spend or sources, even knowing their ids. */
@CarteraIntegrationTest
class MarketingIsolationTest {

    private static final LocalDate DAY = LocalDate.of(2026, 2, 2);

    @Autowired
    ApplicationContext context;
    @Autowired
    CampaignService campaigns;
    @Autowired
    CampaignList list;
    @Autowired
    SpendService spend;
    @Autowired
    SpendLedger ledger;
    @Autowired
    SourceCatalog catalog;
    @Autowired
    MarketingSources sources;

    @Test
    void campaignsSpendAndSourcesStayInTheirWorkspace() {
        var data = new TestData(context);
        var fixtures = new MarketingFixtures(context);
        SignedInUser ours = data.newWorkspace("Nuestra " + TestData.uniqueSlug("mi"));
        SignedInUser theirs = data.newWorkspace("Suya " + TestData.uniqueSlug("mi"));
        Campaign campaign = fixtures.campaign(ours, "Secreta", "WEB", DAY, null, "100");
        SpendEntry entry = fixtures.spend(ours, DAY, "75", SpendCategory.MEDIA, SpendKind.MARKETING,
                campaign.getId(), null);
        SourceInfo podcast = TestData.as(ours, () -> catalog.add("Podcast propio"));
        var everything = new SpendFilter(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1), null, null, null, null,
                null);

        TestData.as(theirs, () -> {
            assertThat(campaigns.find(campaign.getId())).isEmpty();
            assertThat(list.count(CampaignFilter.ALL)).isZero();
            assertThat(spend.find(entry.getId())).isEmpty();
            assertThat(ledger.count(everything)).isZero();
            assertThat(ledger.monthly(everything)).isEmpty();
            assertThat(sources.find(podcast.id())).isEmpty();
            assertThat(sources.all()).extracting(SourceInfo::name).doesNotContain("Podcast propio");
            return null;
        });
        assertThatThrownBy(() -> TestData.as(theirs, () -> campaigns.update(campaign.getId(), campaign.getVersion(),
                MarketingFixtures.draft("Robada", fixtures.source(theirs, "WEB"), DAY, null, null), false)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> TestData.as(theirs, () -> campaigns.changeStatus(campaign.getId(),
                campaign.getVersion(), CampaignStatus.FINISHED)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> TestData.as(theirs, () -> spend.correct(entry.getId(), entry.getVersion(),
                new SpendDraft(DAY, BigDecimal.ONE, SpendCategory.MEDIA, SpendKind.MARKETING, null,
                        fixtures.source(theirs, "WEB"), null))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> TestData.as(theirs, () -> {
            spend.delete(entry.getId(), entry.getVersion());
            return null;
        })).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> TestData.as(theirs, () -> spend.record(new SpendDraft(DAY, BigDecimal.ONE,
                SpendCategory.MEDIA, SpendKind.MARKETING, campaign.getId(), null, null))))
                .isInstanceOfSatisfying(MarketingRefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("marketing.spend.campaign.unknown"));
        assertThatThrownBy(() -> TestData.as(theirs, () -> catalog.rename(podcast.id(), "Mío")))
                .isInstanceOf(MarketingRefusedException.class);
        assertThatThrownBy(() -> TestData.as(theirs, () -> catalog.archive(podcast.id(), true)))
                .isInstanceOf(MarketingRefusedException.class);

        TestData.as(ours, () -> {
            assertThat(campaigns.find(campaign.getId()).orElseThrow().getName()).isEqualTo("Secreta");
            assertThat(spend.find(entry.getId()).orElseThrow().draft().amount()).isEqualByComparingTo("75");
            assertThat(sources.find(podcast.id()).orElseThrow().archived()).isFalse();
            return null;
        });
    }
}
