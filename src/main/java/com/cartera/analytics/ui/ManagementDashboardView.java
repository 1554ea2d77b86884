package com.cartera.analytics.ui;

import java.time.YearMonth;

import com.cartera.analytics.MarketingAnalytics;
import com.cartera.analytics.Period;
import com.cartera.analytics.PortfolioAnalytics;
import com.cartera.analytics.PortfolioKpis;
import com.cartera.analytics.prediction.PredictionService;
import com.cartera.customer.RevenueConcentration;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.customer.WorkspaceSettingsService;
import com.cartera.finance.ReceivablesFigures;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.cartera.support.CsatFigures;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The management dashboard: the portfolio's key figures with their changes, its evolution month by month,
 * cohorts, revenue, conversion and concentration, satisfaction, CAC and receivables.
 */
@Route("dashboard")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT})
public class ManagementDashboardView extends DashboardPage {

    /** Longest cohort table drawn: two years of cohorts. */
    static final int MAX_COHORTS = 24;

    private final PortfolioAnalytics analytics;
    private final RevenueConcentration concentration;
    private final PredictionService predictions;
    private final CsatFigures csat;
    private final MarketingAnalytics marketing;
    private final ReceivablesFigures receivables;
    private final WorkspaceCalendar calendar;
    private final String currency;

    public ManagementDashboardView(WorkspaceCalendar calendar, CurrentUser currentUser, PortfolioAnalytics analytics,
                                   RevenueConcentration concentration, WorkspaceSettingsService settings,
                                   PredictionService predictions, CsatFigures csat, MarketingAnalytics marketing,
                                   ReceivablesFigures receivables, DashboardTools tools) {
        super(Dashboard.MANAGEMENT, PeriodPreset.LAST_12_MONTHS, calendar, currentUser, tools);
        this.analytics = analytics;
        this.concentration = concentration;
        this.predictions = predictions;
        this.csat = csat;
        this.marketing = marketing;
        this.receivables = receivables;
        this.calendar = calendar;
        this.currency = settings.current().getCurrency();
    }

    @Override
    protected void show(PeriodChoice choice) {
        Period period = choice.period();
        String days = choice.daysText(getLocale());
        PortfolioKpis kpis = analytics.kpis(period, null);
        addCard(new KpiTiles(kpis, currency).drillingInto(drillDown()).management());

        var months = analytics.trend(period, null);
        var charts = new PortfolioCharts(this, getLocale(), days).drillingInto(drillDown());
        addCard(new DashboardCard(getTranslation("dashboard.evolution"), days, charts.evolution(months)).wide());
        addCard(new DashboardCard(getTranslation("dashboard.revenue-trend"), days,
                charts.revenue(months, currency)).wide());
        YearMonth last = YearMonth.from(period.lastDay());
        YearMonth first = YearMonth.from(period.from());
        if (first.plusMonths(MAX_COHORTS).isBefore(last)) {
            first = last.minusMonths(MAX_COHORTS - 1);
        }
        addCard(new DashboardCard(getTranslation("dashboard.cohorts"),
                getTranslation("dashboard.cohorts.caption", days), charts.cohorts(analytics.cohorts(first, last)))
                .wide());
        addCard(new DashboardCard(getTranslation("dashboard.funnel"), days, charts.funnel(kpis)));
        addCard(new TopCustomersCard(getTranslation("dashboard.concentration"),
                getTranslation("dashboard.concentration.caption"), concentration, currency));
        addCard(new AtRiskCard(getTranslation("dashboard.at-risk"), predictions, null).wide());
        addCard(new CsatCard(getTranslation("support.csat.card"), period, csat.of(period.from(), period.to()),
                        csat.of(period.previous().from(), period.previous().to())),
                new CacCard(period, marketing.cac(period), currency, days, drillDown()),
                new ReceivablesCard(ReceivablesReading.of(receivables, period, calendar.today()), currency, days,
                        Dashboard.FINANCE.route()));
    }

}
