package com.cartera.analytics.ui;

import java.time.LocalDate;
import java.time.YearMonth;

import com.cartera.analytics.Period;
import com.cartera.analytics.PortfolioAnalytics;
import com.cartera.analytics.PortfolioKpis;
import com.cartera.analytics.Profitability;
import com.cartera.base.ui.chart.ValueFormat;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.customer.WorkspaceSettingsService;
import com.cartera.finance.ReceivablesFigures;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The finance home: receivables and their ageing, DSO and its trend, cash collected, unallocated credit, the top
 * debtors and the customers over their credit limit, the margin by value tier; below them the period's revenue.
 * Revenue concentration stays on the management board: over a million customers it alone would take half of this
 * page's time budget.
 */
@Route("dashboard/finance")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT, Role.Names.FINANCE})
public class FinanceDashboardView extends DashboardPage {

    /** Debtors listed per table. */
    static final int DEBTORS = 10;
    /** The DSO trend shows at least a year of months and at most two. */
    static final int MIN_TREND_MONTHS = 12;
    static final int MAX_TREND_MONTHS = 24;

    private final PortfolioAnalytics analytics;
    private final ReceivablesFigures receivables;
    private final Profitability profitability;
    private final WorkspaceCalendar calendar;
    private final String currency;

    public FinanceDashboardView(WorkspaceCalendar calendar, CurrentUser currentUser, PortfolioAnalytics analytics,
                                ReceivablesFigures receivables, Profitability profitability,
                                WorkspaceSettingsService settings, DashboardTools tools) {
        super(Dashboard.FINANCE, PeriodPreset.YEAR_TO_DATE, calendar, currentUser, tools);
        this.analytics = analytics;
        this.receivables = receivables;
        this.profitability = profitability;
        this.calendar = calendar;
        this.currency = settings.current().getCurrency();
    }

    @Override
    protected void show(PeriodChoice choice) {
        String days = choice.daysText(getLocale());
        LocalDate today = calendar.today();
        var reading = ReceivablesReading.of(receivables, choice.period(), today);
        addCard(new ReceivablesTiles(reading, days, currency));
        addCard(new AgeingCard(reading.ageing(), currency));
        YearMonth last = YearMonth.from(reading.asOf());
        YearMonth first = YearMonth.from(choice.period().from());
        if (first.isAfter(last.minusMonths(MIN_TREND_MONTHS - 1))) {
            first = last.minusMonths(MIN_TREND_MONTHS - 1);
        } else if (first.isBefore(last.minusMonths(MAX_TREND_MONTHS - 1))) {
            first = last.minusMonths(MAX_TREND_MONTHS - 1);
        }
        addCard(new DsoTrendCard(receivables.dsoTrend(first, last), YearMonth.from(today),
                PeriodChoice.days(Period.of(first.atDay(1), reading.asOf().plusDays(1)),
                        getLocale())));
        addCard(new DebtorsCard("finance-top-debtors", getTranslation("finance-home.top-debtors"),
                getTranslation("finance-home.top-debtors.caption", DEBTORS),
                receivables.topDebtors(DEBTORS, today), currency).wide());
        addCard(new DebtorsCard("finance-over-limit", getTranslation("finance-home.over-limit"),
                getTranslation("finance-home.over-limit.caption"), receivables.overCreditLimit(DEBTORS), currency)
                .wide());
        addCard(new MarginByTierCard(profitability.byTier(choice.period()), currency, days).wide());

        PortfolioKpis kpis = analytics.kpis(choice.period(), null);
        var tiles = new KpiTiles(kpis, currency);
        tiles.tile("kpi.revenue", kpis.revenue(), ValueFormat.money(currency, 0), false);
        tiles.tile("kpi.average-order", kpis.averageOrderValue(), ValueFormat.money(currency, 2), false);
        tiles.tile("kpi.revenue-churn", kpis.revenueChurnRate(), ValueFormat.percent(1), true);
        addCard(tiles);
        addCard(new DashboardCard(getTranslation("dashboard.revenue-trend"), days,
                new PortfolioCharts(this, getLocale(), days).revenue(analytics.trend(choice.period(), null), currency))
                .wide());
    }
}
