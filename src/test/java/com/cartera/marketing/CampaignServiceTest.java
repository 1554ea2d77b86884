package com.cartera.marketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.customer.RfmSegment;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Campaigns: the rules on their fields, edit conflicts, and a source change that takes booked spend along. */
@CarteraIntegrationTest
class CampaignServiceTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    private static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);

    @Autowired
    ApplicationContext context;
    @Autowired
    CampaignService campaigns;
    @Autowired
    CampaignList list;

    private TestData data;
    private MarketingFixtures fixtures;
    private SignedInUser admin;
    private long web;

    @BeforeEach
    void aWorkspace() {
        data = new TestData(context);
        fixtures = new MarketingFixtures(context);
        admin = data.newWorkspace("Campañas " + TestData.uniqueSlug("c"));
        web = fixtures.source(admin, "WEB");
    }

    private void refused(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(() -> TestData.as(admin, () -> {
            try {
                call.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
            return null;
        })).isInstanceOfSatisfying(MarketingRefusedException.class, refused -> {
            assertThat(refused.field()).isEqualTo(field);
            assertThat(refused.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void aCampaignIsCreatedWithItsOwnerAndAudienceAndListedWithWhatWasSpent() {
        SignedInUser marta = data.addMember(admin, TestData.uniqueEmail("marta"), "Marta Márquez", Set.of(Role.MARKETING));
        var draft = new CampaignDraft(" Rebajas de primavera ", CampaignChannel.SOCIAL, web, MARCH_1, MARCH_31,
                new BigDecimal("1000.00"), "200 leads", marta.userId(), TargetKind.RFM_SEGMENT, RfmSegment.AT_RISK.name());
        Campaign created = TestData.as(marta, () -> campaigns.create(draft));
        fixtures.spend(admin, MARCH_1.plusDays(3), "250.00", SpendCategory.MEDIA, SpendKind.MARKETING,
                created.getId(), null);

        CampaignInfo info = TestData.as(admin, () -> context.getBean(Campaigns.class).find(created.getId()))
                .orElseThrow();
        assertThat(info.name()).isEqualTo("Rebajas de primavera");
        assertThat(info.status()).isEqualTo(CampaignStatus.PLANNED);
        assertThat(info.ownerId()).isEqualTo(marta.userId());
        assertThat(info.targetValue()).isEqualTo("AT_RISK");
        var rows = TestData.as(admin, () -> list.page(CampaignFilter.ALL, 0, 10));
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.spent()).isEqualByComparingTo("250.00");
            assertThat(row.budgetUsed()).isEqualByComparingTo("25");
        });
        assertThat(TestData.as(admin, () -> list.count(new CampaignFilter(CampaignStatus.RUNNING, null, null, null))))
                .isZero();
        assertThat(TestData.as(admin, () -> list.count(new CampaignFilter(null, null, web, "PRIMAVERA")))).isOne();
    }

    @Test
    void eachBadFieldIsRefusedNamingTheField() {
        fixtures.campaign(admin, "Feria de otoño", "TRADE_FAIR", MARCH_1, null, null);
        SignedInUser agent = data.addMember(admin, TestData.uniqueEmail("soporte"), "Sara Soporte", Set.of(Role.SUPPORT));

        refused(() -> campaigns.create(MarketingFixtures.draft("  ", web, MARCH_1, null, null)), "name",
                "marketing.campaign.name.required");
        refused(() -> campaigns.create(MarketingFixtures.draft("FERIA DE OTOÑO", web, MARCH_1, null, null)), "name",
                "marketing.campaign.name.taken");
        refused(() -> campaigns.create(MarketingFixtures.draft("Fechas", web, MARCH_31, MARCH_1, null)), "endsOn",
                "marketing.campaign.ends-on.before-start");
        refused(() -> campaigns.create(MarketingFixtures.draft("Negativo", web, MARCH_1, null, "-1")), "budget",
                "marketing.campaign.budget.negative");
        refused(() -> campaigns.create(MarketingFixtures.draft("Sin fuente", 999_999, MARCH_1, null, null)),
                "source", "marketing.campaign.source.required");
        refused(() -> campaigns.create(new CampaignDraft("Dueño", CampaignChannel.EMAIL, web, MARCH_1, null, null,
                null, agent.userId(), null, null)), "owner", "marketing.campaign.owner.invalid");
        refused(() -> campaigns.create(new CampaignDraft("Público", CampaignChannel.EMAIL, web, MARCH_1, null, null,
                null, null, TargetKind.TAG, "424242")), "target", "marketing.campaign.target.invalid");
        refused(() -> campaigns.create(new CampaignDraft("Nivel", CampaignChannel.EMAIL, web, MARCH_1, null, null,
                null, null, TargetKind.TIER, "GOLD")), "target", "marketing.campaign.target.invalid");

        assertThat(TestData.as(admin, () -> list.count(CampaignFilter.ALL))).isOne();
    }

    @Test
    void onlyMarketingAndAdminsWriteCampaignsAndManagementReadsThem() {
        SignedInUser sales = data.addMember(admin, TestData.uniqueEmail("ventas"), "Víctor Ventas", Set.of(Role.SALES));
        SignedInUser boss = data.addMember(admin, TestData.uniqueEmail("dir"), "Diana Dirección",
                Set.of(Role.MANAGEMENT));
        assertThatThrownBy(() -> TestData.as(sales, () -> campaigns.create(
                MarketingFixtures.draft("De ventas", web, MARCH_1, null, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestData.as(sales, () -> list.count(CampaignFilter.ALL)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestData.as(boss, () -> campaigns.create(
                MarketingFixtures.draft("De dirección", web, MARCH_1, null, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(TestData.as(boss, () -> list.count(CampaignFilter.ALL))).isZero();
    }

    @Test
    void aStaleEditIsAConflictNotAnOverwrite() {
        Campaign campaign = fixtures.campaign(admin, "Conflicto", "WEB", MARCH_1, MARCH_31, "100");
        long seen = campaign.getVersion();
        TestData.as(admin, () -> campaigns.changeStatus(campaign.getId(), seen, CampaignStatus.RUNNING));

        assertThatThrownBy(() -> TestData.as(admin, () -> campaigns.update(campaign.getId(), seen,
                MarketingFixtures.draft("Conflicto 2", web, MARCH_1, MARCH_31, "100"), false)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(TestData.as(admin, () -> campaigns.find(campaign.getId())).orElseThrow().getName())
                .isEqualTo("Conflicto");
    }

    @Test
    void changingTheSourceAsksBeforeItMovesTheBookedSpend() {
        Campaign campaign = fixtures.campaign(admin, "Cambio de fuente", "WEB", MARCH_1, MARCH_31, null);
        fixtures.spend(admin, MARCH_1, "1000.00", SpendCategory.MEDIA, SpendKind.MARKETING, campaign.getId(), null);
        fixtures.spend(admin, MARCH_31, "2450.00", SpendCategory.EVENTS, SpendKind.MARKETING, campaign.getId(), null);
        long fair = fixtures.source(admin, "TRADE_FAIR");
        var moved = MarketingFixtures.draft("Cambio de fuente", fair, MARCH_1, MARCH_31, null);

        assertThatThrownBy(() -> TestData.as(admin, () -> campaigns.update(campaign.getId(), campaign.getVersion(),
                moved, false))).isInstanceOfSatisfying(SourceChangeNeedsConsent.class, question -> {
            assertThat(question.entries()).isEqualTo(2);
            assertThat(question.amount()).isEqualByComparingTo("3450.00");
            assertThat(question.from()).isEqualTo(web);
            assertThat(question.to()).isEqualTo(fair);
        });
        assertThat(data.count("select count(*) from " + admin.workspace().tenant().schema()
                + ".marketing_spend where source_id = ?", web)).isEqualTo(2);

        TestData.as(admin, () -> campaigns.update(campaign.getId(), campaign.getVersion(), moved, true));
        assertThat(data.count("select count(*) from " + admin.workspace().tenant().schema()
                + ".marketing_spend where source_id = ?", fair)).isEqualTo(2);
        assertThat(TestData.as(admin, () -> campaigns.find(campaign.getId())).orElseThrow().getSourceId())
                .isEqualTo(fair);
    }

    @Test
    void newDatesMayNotLeaveBookedSpendOutside() {
        Campaign campaign = fixtures.campaign(admin, "Fechas con gasto", "WEB", MARCH_1, MARCH_31, null);
        fixtures.spend(admin, MARCH_31, "10", SpendCategory.MEDIA, SpendKind.MARKETING, campaign.getId(), null);
        refused(() -> campaigns.update(campaign.getId(), campaign.getVersion(),
                        MarketingFixtures.draft("Fechas con gasto", web, MARCH_1, MARCH_1.plusDays(10), null), false),
                "startsOn", "marketing.campaign.dates.spend-outside");
    }
}
