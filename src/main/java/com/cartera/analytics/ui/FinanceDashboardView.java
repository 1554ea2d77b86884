package com.cartera.analytics.ui;

import com.cartera.analytics.PortfolioAnalytics;
import com.cartera.analytics.PortfolioKpis;
import com.cartera.base.ui.chart.ValueFormat;
import com.cartera.customer.RevenueConcentration;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.customer.WorkspaceSettingsService;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The finance home: revenue of the period by month and the customers who bring the most. */
@Route("dashboard/finance")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT, Role.Names.FINANCE})
public class FinanceDashboardView extends DashboardPage {

    private final PortfolioAnalytics analytics;
    private final RevenueConcentration concentration;
    private final String currency;

    public FinanceDashboardView(WorkspaceCalendar calendar, CurrentUser currentUser, PortfolioAnalytics analytics,
                                RevenueConcentration concentration, WorkspaceSettingsService settings,
            DashboardTools tools) {
        super(Dashboard.FINANCE, PeriodPreset.YEAR_TO_DATE, calendar, currentUser, tools);
        this.analytics = analytics;
        this.concentration = concentration;
        this.currency = settings.current().getCurrency();
    }

    @Override
    protected void show(PeriodChoice choice) {
        String days = choice.daysText(getLocale());
        PortfolioKpis kpis = analytics.kpis(choice.period(), null);
        var tiles = new KpiTiles(kpis, currency);
        tiles.tile("kpi.revenue", kpis.revenue(), ValueFormat.money(currency, 0), false);
        tiles.tile("kpi.average-order", kpis.averageOrderValue(), ValueFormat.money(currency, 2), false);
        tiles.tile("kpi.revenue-churn", kpis.revenueChurnRate(), ValueFormat.percent(1), true);
        addCard(tiles);
        addCard(new DashboardCard(getTranslation("dashboard.revenue-trend"), days,
                new PortfolioCharts(this, getLocale(), days).revenue(analytics.trend(choice.period(), null), currency))
                .wide());
        addCard(new TopCustomersCard(getTranslation("dashboard.concentration"),
                getTranslation("dashboard.concentration.caption"), concentration, currency));
        addCard(new ReservedSlot(getTranslation("dashboard.receivables"), getTranslation("dashboard.receivables.coming")),
                new ReservedSlot("DSO", getTranslation("dashboard.receivables.coming")));
    }
}
