package com.cartera.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestWorkspaces;
import com.cartera.analytics.CohortCell;
import com.cartera.analytics.MonthFigures;
import com.cartera.analytics.Period;
import com.cartera.analytics.PortfolioAnalytics;
import com.cartera.analytics.PortfolioKpis;
import com.cartera.analytics.prediction.ChurnRisk;
import com.cartera.analytics.prediction.PredictionService;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.security.SignedInUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;

/**
 * The demo's history tells its story on the dashboards, read through the analytics services the homes use, right
 * after the demo is made (its aggregates rebuilt and its model refitted): seasons, a cohort that keeps buying,
 * accounts at risk, leads converting and deals won and lost.
 */
@CarteraIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoStoryTest {

    @Autowired
    DemoWorkspace demoWorkspace;
    @Autowired
    AuthenticationConfiguration authenticationConfiguration;
    @Autowired
    PortfolioAnalytics analytics;
    @Autowired
    PredictionService predictions;
    @Autowired
    WorkspaceCalendar calendar;

    SignedInUser admin;
    SignedInUser management;

    @BeforeAll
    void createDemo() throws Exception {
        String slug = "story-" + UUID.randomUUID().toString().substring(0, 8);
        demoWorkspace.create(slug, 1000);
        admin = signIn("admin." + slug + DemoWorkspace.DOMAIN);
        management = signIn("direccion." + slug + DemoWorkspace.DOMAIN);
    }

    @Test
    void decemberSellsMoreThanAugust() {
        LocalDate today = TestWorkspaces.as(management, calendar::today);
        YearMonth current = YearMonth.from(today);
        List<MonthFigures> months = TestWorkspaces.as(management, () -> analytics.trend(
                Period.of(current.minusMonths(30).atDay(1), current.atDay(1)), null));
        Map<YearMonth, BigDecimal> revenue = months.stream().filter(MonthFigures::complete)
                .collect(Collectors.toMap(MonthFigures::month, MonthFigures::revenue));
        YearMonth december = latest(current, Month.DECEMBER);
        YearMonth august = latest(current, Month.AUGUST);
        assertThat(revenue.get(december)).isGreaterThan(revenue.get(august).multiply(BigDecimal.valueOf(2)));
        // August is the low point of its summer; December well above the average month of its year.
        assertThat(revenue.get(august)).isLessThan(revenue.get(august.minusMonths(1)))
                .isLessThan(revenue.get(august.plusMonths(1)));
        BigDecimal others = BigDecimal.ZERO;
        for (int back = 1; back < 12; back++) {
            others = others.add(revenue.get(december.minusMonths(back)));
        }
        assertThat(revenue.get(december)).isGreaterThan(others.divide(BigDecimal.valueOf(11), java.math.RoundingMode.HALF_UP)
                .multiply(new BigDecimal("1.4")));
    }

    @Test
    void springCampaignCohortRetainsBetterThanTheAverage() {
        LocalDate today = TestWorkspaces.as(management, calendar::today);
        YearMonth spring = DemoStory.springCampaign(today);
        List<CohortCell> cells = TestWorkspaces.as(management, () -> analytics.cohorts(
                YearMonth.from(today).minusMonths(36), YearMonth.from(today)));
        List<CohortCell> sixMonths = cells.stream()
                .filter(cell -> cell.monthsSince() == 6 && cell.complete() && cell.cohortSize() >= 5).toList();
        double average = sixMonths.stream().mapToDouble(cell -> cell.rate().doubleValue()).average().orElseThrow();
        CohortCell springCell = sixMonths.stream().filter(cell -> cell.cohort().equals(spring)).findFirst().orElseThrow();
        assertThat(springCell.rate().doubleValue()).isGreaterThan(2 * average);
    }

    @Test
    void recognisableAccountsAreClearlyAtRisk() {
        var risks = TestWorkspaces.as(admin, () -> predictions.churnRisks(null, null, 0, 50));
        List<String> high = risks.stream()
                .filter(row -> row.prediction().churnLevel() == ChurnRisk.Level.HIGH)
                .map(PredictionService.ChurnRow::customerName).toList();
        assertThat(high).containsAll(DemoStory.AT_RISK.subList(0, 3));
        assertThat(high.stream().filter(DemoStory.AT_RISK::contains).count()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void homesHaveLastTwelveMonthsWithComparisons() {
        LocalDate today = TestWorkspaces.as(management, calendar::today);
        Period lastYear = Period.of(today.minusMonths(12).plusDays(1), today.plusDays(1));
        PortfolioKpis kpis = TestWorkspaces.as(management, () -> analytics.kpis(lastYear, null));
        for (var kpi : List.of(kpis.revenue(), kpis.activeAtEnd(), kpis.newCustomers(), kpis.orders())) {
            assertThat(kpi.current()).isPositive();
            assertThat(kpi.previous()).isPositive();
            assertThat(kpi.yearEarlier()).isPositive();
        }
        assertThat(kpis.lost().current()).isPositive();
        assertThat(kpis.retentionRate().current()).isBetween(new BigDecimal("0.5"), BigDecimal.ONE);
        assertThat(kpis.leadConversionRate().current()).isBetween(new BigDecimal("0.1"), new BigDecimal("0.6"));
        assertThat(kpis.conversionBySource()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(kpis.conversionBySource().stream().map(s -> s.rate().current()).distinct().count())
                .as("sources convert differently").isGreaterThan(2);
        assertThat(kpis.winRate().current()).isBetween(new BigDecimal("0.2"), new BigDecimal("0.9"));
        assertThat(kpis.averageSalesCycleDays().current()).isBetween(BigDecimal.ONE, BigDecimal.valueOf(90));
        assertThat(kpis.openPipeline().current()).isPositive();
    }

    private static YearMonth latest(YearMonth current, Month month) {
        YearMonth candidate = YearMonth.of(current.getYear(), month);
        return candidate.isBefore(current) ? candidate : candidate.minusYears(1);
    }

    private SignedInUser signIn(String email) throws Exception {
        var result = authenticationConfiguration.getAuthenticationManager().authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, DemoWorkspace.PASSWORD));
        return (SignedInUser) result.getPrincipal();
    }

    @Test
    void aMonthlyTargetIsATwelfthOfLastYearsWinsRaisedByATenthRoundedUpTo500() {
        // 60,000 won: 5,500 a month.
        assertThat(DemoStory.monthlyTarget(new java.math.BigDecimal("60000"))).isEqualByComparingTo("5500");
        // 50,000 won: 4,583.34, rounded up to 5,000.
        assertThat(DemoStory.monthlyTarget(new java.math.BigDecimal("50000"))).isEqualByComparingTo("5000");
        // Little or nothing won still gives a target to reach.
        assertThat(DemoStory.monthlyTarget(java.math.BigDecimal.ZERO)).isEqualByComparingTo("1000");
    }
}
