package com.cartera.analytics.ui;

import com.cartera.analytics.PortfolioAnalytics;
import com.cartera.analytics.PortfolioKpis;
import com.cartera.base.ui.chart.ValueFormat;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.customer.WorkspaceSettingsService;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The marketing home: leads of the period and how they converted, overall and per source. */
@Route("dashboard/marketing")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT, Role.Names.MARKETING})
public class MarketingDashboardView extends DashboardPage {

    private final PortfolioAnalytics analytics;
    private final String currency;

    public MarketingDashboardView(WorkspaceCalendar calendar, CurrentUser currentUser, PortfolioAnalytics analytics,
                                  WorkspaceSettingsService settings,
            DashboardTools tools) {
        super(Dashboard.MARKETING, PeriodPreset.LAST_12_MONTHS, calendar, currentUser, tools);
        this.analytics = analytics;
        this.currency = settings.current().getCurrency();
    }

    @Override
    protected void show(PeriodChoice choice) {
        String days = choice.daysText(getLocale());
        PortfolioKpis kpis = analytics.kpis(choice.period(), null);
        var tiles = new KpiTiles(kpis, currency).drillingInto(drillDown());
        tiles.tile("kpi.conversion", kpis.leadConversionRate(), ValueFormat.percent(1), false);
        tiles.count("kpi.new", kpis.newCustomers(), false);
        addCard(tiles);
        addCard(new DashboardCard(getTranslation("dashboard.funnel"), days,
                new PortfolioCharts(this, getLocale(), days).drillingInto(drillDown()).funnel(kpis)));
        var rows = new Div();
        rows.addClassName("dashboard-rows");
        var percent = ValueFormat.percent(1);
        for (var source : kpis.conversionBySource()) {
            String name = source.source() == null ? getTranslation("dashboard.source.none")
                    : getTranslation("customer-source." + source.source());
            var row = new Div(new Span(name + " · " + getTranslation("dashboard.source.leads", source.leads(),
                    source.converted())), new Span(percent.format(source.rate().current(), getLocale())));
            row.addClassName("dashboard-row");
            rows.add(row);
        }
        addCard(new DashboardCard(getTranslation("dashboard.source"), days, rows));
        addCard(new ReservedSlot("CAC", getTranslation("dashboard.cac.coming")),
                new ReservedSlot(getTranslation("dashboard.campaigns"), getTranslation("dashboard.campaigns.coming")));
    }
}
