package com.cartera.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.marketing.AttributionChanged;
import com.cartera.marketing.AttributionModel;
import com.cartera.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** CAC, lagged CAC, conversion and campaign results of March 2025 on {@link MarketingFigureFixtures}. */
@CarteraIntegrationTest
class MarketingAnalyticsTest {

    private static final Period MARCH = Period.month(LocalDate.of(2025, 3, 1));
    /** Conversions counted up to the end of March: Bea's April purchase is not in yet. */
    private static final LocalDate END_OF_MARCH = LocalDate.of(2025, 4, 1);

    @Autowired
    ApplicationContext context;
    @Autowired
    MarketingAnalytics marketing;
    @Autowired
    PortfolioAnalytics analytics;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEventPublisher events;

    private MarketingFigureFixtures set;

    @BeforeEach
    void aHandBuiltMarketingWorkspace() {
        set = new MarketingFigureFixtures(context, "CAC");
        TestData.as(set.admin, analytics::rebuild);
    }

    @Test
    void overallCacCountsMarketingAndSalesSpendAgainstTheNewCustomersBesideTheLaggedView() {
        Cac cac = TestData.as(set.admin, () -> marketing.cac(MARCH));

        assertThat(cac.marketingSpend()).isEqualByComparingTo("1000.00");
        assertThat(cac.salesSpend()).isEqualByComparingTo("100.00");
        // Ana, Dani (a February lead) and Eva were acquired in March: 1100 ÷ 3.
        assertThat(cac.newCustomers()).isEqualTo(3);
        assertThat(cac.cac()).isEqualByComparingTo("366.67");
        // Lagged: March's spend against April's one new customer, Bea.
        assertThat(cac.nextNewCustomers()).isEqualTo(1);
        assertThat(cac.laggedCac()).isEqualByComparingTo("1100.00");
    }

    @Test
    void aLeadConvertedInTheNextPeriodCountsForItsCreationPeriodOnceTheDateCoversIt() {
        Cac byToday = TestData.as(set.admin, () -> marketing.cac(MARCH));
        Cac byEndOfMarch = TestData.as(set.admin, () -> marketing.home(MARCH, END_OF_MARCH).overall());

        // March's leads: Ana, Bea, Carla (Dani is February's). By today Ana and Bea converted.
        assertThat(byToday.leads()).isEqualTo(3);
        assertThat(byToday.converted()).isEqualTo(2);
        assertThat(byToday.conversionRate()).isEqualByComparingTo("0.6667");
        assertThat(byToday.averageDaysToConvert()).isEqualByComparingTo("20.5");
        assertThat(byEndOfMarch.converted()).isEqualTo(1);
        assertThat(byEndOfMarch.conversionRate()).isEqualByComparingTo("0.3333");
        assertThat(byEndOfMarch.averageDaysToConvert()).isEqualByComparingTo("7.0");
    }

    @Test
    void cacPerSourceShowsNoValueForSpendWithoutCustomersAndZeroForCustomersWithoutSpend() {
        Map<Long, SourceCac> bySource = TestData.as(set.admin, () -> marketing.cacBySource(MARCH)).stream()
                .collect(Collectors.toMap(SourceCac::sourceId, Function.identity()));

        assertThat(bySource.keySet()).containsExactlyInAnyOrder(set.web, set.referral, set.paidSearch, set.tradeFair);
        SourceCac web = bySource.get(set.web);
        assertThat(web.code()).isEqualTo("WEB");
        assertThat(web.spend()).isEqualByComparingTo("300.00");
        assertThat(web.cac()).isEqualByComparingTo("300.00");
        assertThat(web.laggedCac()).as("no WEB customer in April").isNull();
        assertThat(web.conversionRate()).isEqualByComparingTo("1");
        SourceCac paid = bySource.get(set.paidSearch);
        assertThat(paid.spend()).as("campaign and sales spend of the source").isEqualByComparingTo("600.00");
        assertThat(paid.newCustomers()).isEqualTo(1);
        assertThat(paid.cac()).isEqualByComparingTo("600.00");
        assertThat(paid.laggedCac()).as("600 against Bea, won in April").isEqualByComparingTo("600.00");
        SourceCac referral = bySource.get(set.referral);
        assertThat(referral.spend()).isEqualByComparingTo("0");
        assertThat(referral.cac()).isEqualByComparingTo("0");
        assertThat(referral.leads()).isEqualTo(1);
        assertThat(referral.conversionRate()).isEqualByComparingTo("0");
        SourceCac fair = bySource.get(set.tradeFair);
        assertThat(fair.spend()).isEqualByComparingTo("200.00");
        assertThat(fair.newCustomers()).isZero();
        assertThat(fair.cac()).isNull();
        assertThat(fair.conversionRate()).as("no leads: no rate").isNull();
    }

    @Test
    void theAttributionModelChangesWhichCampaignIsCredited() {
        Map<String, CampaignCac> first = byName(TestData.as(set.admin, () -> marketing.cacByCampaign(MARCH)));
        assertThat(first.get("Primavera").newCustomers()).as("Dani's first touch").isEqualTo(1);
        assertThat(first.get("Primavera").cac()).isEqualByComparingTo("500.00");
        assertThat(first.get("Primavera").leads()).isEqualTo(1);
        assertThat(first.get("Feria").cac()).isNull();

        set.lastTouch();
        MarketingHome home = TestData.as(set.admin, () -> marketing.home(MARCH));
        Map<String, CampaignCac> last = byName(home.byCampaign());

        assertThat(home.model()).isEqualTo(AttributionModel.LAST_TOUCH);
        assertThat(last.get("Feria").newCustomers()).as("Dani's last touch").isEqualTo(1);
        assertThat(last.get("Feria").cac()).isEqualByComparingTo("200.00");
        assertThat(last.get("Primavera").cac()).isNull();
        assertThat(last.get("Primavera").leads()).as("Bea had no later touch: her first counts").isEqualTo(1);
        assertThat(TestData.as(set.admin, () -> marketing.cacBySource(MARCH))).as("sources stay first touch")
                .filteredOn(s -> s.sourceId() == set.paidSearch).singleElement()
                .extracting(SourceCac::newCustomers).isEqualTo(1L);
    }

    @Test
    void theHomeHasTheMonthlyTrendLeadsBySourceRunningCampaignsAndTheAudience() {
        MarketingHome home = TestData.as(set.admin, () -> marketing.home(MARCH));

        assertThat(home.cacTrend()).singleElement().satisfies(month -> {
            assertThat(month.month()).isEqualTo(YearMonth.of(2025, 3));
            assertThat(month.cac()).isEqualByComparingTo("366.67");
            assertThat(month.laggedCac()).isEqualByComparingTo("1100.00");
        });
        assertThat(home.leadsTrend()).extracting(SourceLeadsMonth::sourceId, SourceLeadsMonth::leads)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(set.web, 1L),
                        org.assertj.core.groups.Tuple.tuple(set.paidSearch, 1L),
                        org.assertj.core.groups.Tuple.tuple(set.referral, 1L));
        CampaignResult primavera = home.running().stream().filter(r -> r.name().equals("Primavera")).findFirst()
                .orElseThrow();
        assertThat(primavera.targeted()).isEqualTo(4);
        assertThat(primavera.reached()).isEqualTo(3);
        assertThat(primavera.responded()).isEqualTo(2);
        assertThat(primavera.converted()).isEqualTo(1);
        assertThat(primavera.spent()).isEqualByComparingTo("500.00");
        assertThat(primavera.budgetUsed()).isEqualByComparingTo("0.5");
        // Bea's 100.00 on 8 Apr, within 12 months of her conversion that day: 100 ÷ 500.
        assertThat(primavera.revenue()).isEqualByComparingTo("100.00");
        assertThat(primavera.returnOnSpend()).isEqualByComparingTo("0.2");
        assertThat(home.audience().customers()).isEqualTo(5);
        assertThat(home.audience().withConsent()).isZero();
        assertThat(home.audience().consentCoverage()).isEqualByComparingTo("0");
    }

    @Test
    void drillDownListsTheCustomersBehindEachFigure() {
        TestData.as(set.admin, () -> {
            assertThat(marketing.newCustomers(MARCH, null, null, 0, 100))
                    .containsExactlyInAnyOrder(set.ana.getId(), set.dani.getId(), set.eva.getId());
            assertThat(marketing.newCustomers(MARCH, set.referral, null, 0, 100)).containsExactly(set.eva.getId());
            assertThat(marketing.newCustomers(MARCH, null, set.primavera, 0, 100)).containsExactly(set.dani.getId());
            assertThat(marketing.leads(MARCH, null, null, true, 0, 100))
                    .containsExactlyInAnyOrder(set.ana.getId(), set.bea.getId());
            assertThat(marketing.leads(MARCH, set.referral, null, false, 0, 100)).containsExactly(set.carla.getId());
            return null;
        });
    }

    @Test
    void aChangedAttributionIsPickedUpByTheNextRefresh() {
        TestData.as(set.admin, () -> transactions.execute(status -> {
            jdbc.update("update " + set.schema + ".customer_attribution set first_source_id = ? where customer_id = ?",
                    set.web, set.eva.getId());
            events.publishEvent(new AttributionChanged(set.admin.tenant().orElseThrow(),
                    Set.of(set.eva.getId())));
            return null;
        }));
        TestData.as(set.admin, analytics::refresh);

        assertThat(TestData.as(set.admin, () -> marketing.cacBySource(MARCH)))
                .filteredOn(s -> s.sourceId() == set.web).singleElement()
                .extracting(SourceCac::newCustomers).isEqualTo(2L);
    }

    @Test
    void anotherWorkspaceSeesNoneOfTheseFiguresAndOtherRolesNoneAtAll() {
        var data = new TestData(context);
        var other = data.newWorkspace("Otra " + TestData.uniqueSlug("mf"));
        TestData.as(other, analytics::rebuild);

        Cac theirs = TestData.as(other, () -> marketing.cac(MARCH));
        assertThat(theirs.newCustomers()).isZero();
        assertThat(theirs.spend()).isEqualByComparingTo("0");
        assertThat(TestData.as(other, () -> marketing.newCustomers(MARCH, null, null, 0, 100))).isEmpty();
        assertThat(TestData.as(other, () -> marketing.campaignResults(List.of(set.primavera)))).isEmpty();

        var seller = data.addMember(set.admin, TestData.uniqueEmail("ventas"), "Vera", Set.of(Role.SALES));
        assertThatThrownBy(() -> TestData.as(seller, () -> marketing.cac(MARCH)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static Map<String, CampaignCac> byName(List<CampaignCac> campaigns) {
        return campaigns.stream().collect(Collectors.toMap(CampaignCac::name, Function.identity()));
    }
}
