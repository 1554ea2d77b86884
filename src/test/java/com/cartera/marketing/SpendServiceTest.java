package com.cartera.marketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.security.SignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Spend entries: the rules on each field, who booked and corrected them, and the monthly totals. */
@CarteraIntegrationTest
class SpendServiceTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    private static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);

    @Autowired
    ApplicationContext context;
    @Autowired
    SpendService spend;
    @Autowired
    SpendLedger ledger;

    private MarketingFixtures fixtures;
    private SignedInUser admin;
    private long web;
    private long fair;
    private Campaign march;

    @BeforeEach
    void aCampaign() {
        fixtures = new MarketingFixtures(context);
        admin = new TestData(context).newWorkspace("Gasto " + TestData.uniqueSlug("g"));
        web = fixtures.source(admin, "WEB");
        fair = fixtures.source(admin, "TRADE_FAIR");
        march = fixtures.campaign(admin, "Marzo", "TRADE_FAIR", MARCH_1, MARCH_31, "5000");
    }

    private MarketingRefusedException refusal(SpendDraft draft) {
        try {
            TestData.as(admin, () -> spend.record(draft));
        } catch (MarketingRefusedException refused) {
            return refused;
        }
        throw new AssertionError("Not refused: " + draft);
    }

    private static SpendDraft entry(LocalDate day, String amount, SpendCategory category, Long campaignId,
                                    Long sourceId) {
        return new SpendDraft(day, amount == null ? null : new BigDecimal(amount), category, SpendKind.MARKETING,
                campaignId, sourceId, null);
    }

    @Test
    void eachBadFieldIsRefusedNamingTheField() {
        assertThat(refusal(entry(MARCH_1, "-0.01", SpendCategory.MEDIA, march.getId(), null)))
                .extracting(MarketingRefusedException::field, MarketingRefusedException::messageKey)
                .containsExactly("amount", "marketing.spend.amount.negative");
        MarketingRefusedException outside = refusal(entry(MARCH_31.plusDays(1), "10", SpendCategory.MEDIA,
                march.getId(), null));
        assertThat(outside.field()).isEqualTo("spentOn");
        assertThat(outside.messageKey()).isEqualTo("marketing.spend.date.outside-campaign");
        assertThat(outside.arguments()).containsExactly("Marzo", MARCH_1, MARCH_31);
        assertThat(refusal(entry(MARCH_1.minusDays(1), "10", SpendCategory.MEDIA, march.getId(), null)).field())
                .isEqualTo("spentOn");
        assertThat(refusal(entry(MARCH_1, "10", null, null, web)).field()).isEqualTo("category");
        assertThat(refusal(entry(MARCH_1, null, SpendCategory.MEDIA, null, web)).field()).isEqualTo("amount");
        assertThat(refusal(entry(MARCH_1, "10", SpendCategory.MEDIA, null, null)).messageKey())
                .isEqualTo("marketing.spend.source.required");
        assertThat(refusal(entry(MARCH_1, "10.001", SpendCategory.MEDIA, null, web)).messageKey())
                .isEqualTo("marketing.spend.amount.invalid");
        TestData.as(admin, () -> context.getBean(SourceCatalog.class).archive(web, true));
        assertThat(refusal(entry(MARCH_1, "10", SpendCategory.MEDIA, null, web)).messageKey())
                .isEqualTo("marketing.spend.source.archived");
        assertThat(TestData.as(admin, () -> ledger.count(new SpendFilter(LocalDate.of(2000, 1, 1),
                LocalDate.of(2100, 1, 1), null, null, null, null, null)))).isZero();
    }

    @Test
    void anEntryOnACampaignIsBookedOnItsSourceAndKeepsWhoCorrectedIt() {
        SpendEntry entry = fixtures.spend(admin, MARCH_1, "100", SpendCategory.MEDIA, SpendKind.MARKETING,
                march.getId(), web);
        assertThat(entry.getSourceId()).isEqualTo(fair);

        SpendEntry corrected = TestData.as(admin, () -> spend.correct(entry.getId(), entry.getVersion(),
                new SpendDraft(MARCH_1, new BigDecimal("120"), SpendCategory.SALES_COMMISSIONS, SpendKind.SALES, null,
                        web, "Comisión")));
        assertThat(corrected.getSourceId()).isEqualTo(web);
        assertThat(corrected.getCampaignId()).isNull();
        String schema = admin.workspace().tenant().schema();
        assertThat(new TestData(context).count("select count(*) from " + schema + ".marketing_spend"
                + " where updated_by = ? and updated_at is not null and created_by = ?", admin.userId(),
                admin.userId())).isOne();

        assertThatThrownBy(() -> TestData.as(admin, () -> spend.correct(entry.getId(), entry.getVersion(),
                entry(MARCH_1, "1", SpendCategory.MEDIA, null, web))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> TestData.as(admin, () -> {
            spend.delete(entry.getId(), entry.getVersion());
            return null;
        })).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        TestData.as(admin, () -> {
            spend.delete(corrected.getId(), corrected.getVersion());
            return null;
        });
        assertThat(TestData.as(admin, () -> spend.find(entry.getId()))).isEmpty();
    }

    @Test
    void monthlyTotalsAddUpPerSourceAndKindWithinTheHalfOpenPeriod() {
        fixtures.spend(admin, MARCH_1, "100.50", SpendCategory.MEDIA, SpendKind.MARKETING, march.getId(), null);
        fixtures.spend(admin, MARCH_31, "200.00", SpendCategory.SALES_COMMISSIONS, SpendKind.SALES, march.getId(),
                null);
        fixtures.spend(admin, MARCH_31, "49.50", SpendCategory.TOOLS, SpendKind.MARKETING, null, web);
        fixtures.spend(admin, LocalDate.of(2026, 4, 2), "300.00", SpendCategory.CONTENT, SpendKind.MARKETING, null,
                web);
        fixtures.spend(admin, LocalDate.of(2026, 5, 1), "999.00", SpendCategory.OTHER, SpendKind.SALES, null, web);

        var period = new SpendFilter(MARCH_1, LocalDate.of(2026, 5, 1), null, null, null, null, null);
        List<SpendLedger.MonthTotals> months = TestData.as(admin, () -> ledger.monthly(period));

        // By hand: March = 100.50 + 49.50 marketing, 200.00 sales; April = 300.00 marketing; May 1 lies outside.
        assertThat(months).extracting(SpendLedger.MonthTotals::month)
                .containsExactly(YearMonth.of(2026, 3), YearMonth.of(2026, 4));
        SpendLedger.MonthTotals marchTotals = months.getFirst();
        assertThat(marchTotals.marketing()).isEqualByComparingTo("150.00");
        assertThat(marchTotals.sales()).isEqualByComparingTo("200.00");
        assertThat(marchTotals.total()).isEqualByComparingTo("350.00");
        assertThat(marchTotals.bySource().get(fair)).isEqualByComparingTo("300.50");
        assertThat(marchTotals.bySource().get(web)).isEqualByComparingTo("49.50");
        assertThat(months.get(1).bySource()).containsOnlyKeys(web);
        assertThat(months.get(1).total()).isEqualByComparingTo("300.00");

        assertThat(TestData.as(admin, () -> ledger.count(period))).isEqualTo(4);
        var salesOnly = new SpendFilter(MARCH_1, LocalDate.of(2026, 6, 1), null, null, null, SpendKind.SALES, null);
        assertThat(TestData.as(admin, () -> ledger.page(salesOnly, 0, 10))).extracting(SpendLedger.Row::amount)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("999.00"), new BigDecimal("200.00"));
        var onCampaign = new SpendFilter(MARCH_1, LocalDate.of(2026, 6, 1), null, march.getId(), null, null, null);
        assertThat(TestData.as(admin, () -> ledger.count(onCampaign))).isEqualTo(2);
    }
}
