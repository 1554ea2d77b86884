package com.cartera.marketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.customer.CustomerSource;
import com.cartera.security.SignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The source catalogue: names unique ignoring case, built-ins keep their code, order, archive, mapping. */
@CarteraIntegrationTest
class SourceCatalogTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    SourceCatalog catalog;
    @Autowired
    MarketingSources sources;
    @Autowired
    CampaignService campaigns;

    private SignedInUser admin;
    private MarketingFixtures fixtures;

    @BeforeEach
    void aWorkspace() {
        admin = new TestData(context).newWorkspace("Fuentes " + TestData.uniqueSlug("f"));
        fixtures = new MarketingFixtures(context);
    }

    private <T> T as(java.util.function.Supplier<T> work) {
        return TestData.as(admin, work);
    }

    @Test
    void anAddedSourceHasAUniqueNameIgnoringCaseAndGoesLast() {
        SourceInfo podcast = as(() -> catalog.add("  Podcast "));
        assertThat(podcast.name()).isEqualTo("Podcast");
        assertThat(podcast.code()).isNull();
        assertThat(as(sources::all).getLast()).isEqualTo(podcast);
        assertThatThrownBy(() -> as(() -> catalog.add("PODCAST")))
                .isInstanceOfSatisfying(MarketingRefusedException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("name");
                    assertThat(refused.messageKey()).isEqualTo("marketing.source.name.taken");
                });
        assertThatThrownBy(() -> as(() -> catalog.add(" ")))
                .isInstanceOfSatisfying(MarketingRefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("marketing.source.name.required"));
        assertThatThrownBy(() -> as(() -> catalog.add("x".repeat(81))))
                .isInstanceOf(MarketingRefusedException.class);
    }

    @Test
    void aRenamedBuiltInKeepsItsCodeAndMovesInTheOrder() {
        long fair = fixtures.source(admin, "TRADE_FAIR");
        SourceInfo renamed = as(() -> catalog.rename(fair, "Feria de Zaragoza"));
        assertThat(renamed.code()).isEqualTo("TRADE_FAIR");
        assertThat(renamed.label(key -> key)).isEqualTo("Feria de Zaragoza");

        as(() -> catalog.move(fair, -1));
        assertThat(as(sources::all)).extracting(SourceInfo::code).startsWith("WEB", "TRADE_FAIR", "REFERRAL");
        as(() -> catalog.move(fixtures.source(admin, "WEB"), -1));
        assertThat(as(sources::all).getFirst().code()).isEqualTo("WEB");
    }

    @Test
    void anArchivedSourceStaysOnItsCampaignsButIsNotOfferedForNewOnes() {
        Campaign campaign = fixtures.campaign(admin, "Vieja", "WALK_IN", LocalDate.of(2026, 1, 1), null, null);
        long walkIn = fixtures.source(admin, "WALK_IN");
        assertThat(as(() -> catalog.archive(walkIn, true)).archived()).isTrue();

        assertThatThrownBy(() -> as(() -> campaigns.create(MarketingFixtures.draft("Nueva", walkIn,
                LocalDate.of(2026, 1, 1), null, null))))
                .isInstanceOfSatisfying(MarketingRefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("marketing.campaign.source.archived"));
        Campaign edited = as(() -> campaigns.update(campaign.getId(), campaign.getVersion(),
                MarketingFixtures.draft("Vieja y renombrada", walkIn, LocalDate.of(2026, 1, 1), null, null), false));
        assertThat(edited.getSourceId()).isEqualTo(walkIn);
        assertThat(as(() -> catalog.archive(walkIn, false)).archived()).isFalse();
    }

    @Test
    void aCustomerRecordSourceMapsToOneSourceOnly() {
        long paidSearch = fixtures.source(admin, "PAID_SEARCH");
        as(() -> catalog.mapCustomerSource(paidSearch, CustomerSource.COLD_CALL));
        assertThat(as(() -> sources.forCustomerSource(CustomerSource.COLD_CALL))).get()
                .extracting(SourceInfo::id).isEqualTo(paidSearch);
        assertThatThrownBy(() -> as(() -> catalog.mapCustomerSource(paidSearch, CustomerSource.WEBSITE)))
                .isInstanceOfSatisfying(MarketingRefusedException.class,
                        refused -> assertThat(refused.field()).isEqualTo("customerSource"));
        as(() -> catalog.mapCustomerSource(paidSearch, null));
        assertThat(as(() -> sources.forCustomerSource(CustomerSource.COLD_CALL))).isEmpty();
    }
}
