package com.cartera.analytics.ui;

import java.util.Locale;

import com.cartera.analytics.Cac;
import com.cartera.analytics.Period;
import com.cartera.base.ui.chart.ValueFormat;
import com.cartera.importexport.FigureSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * CAC on the management dashboard: CAC of the period beside its lagged reading, spend and new customers, and lead
 * conversion; new customers and converted leads open the customers behind them.
 */
class CacCard extends DashboardCard {

    final Span cac = new Span();

    CacCard(Period period, Cac figures, String currency, String days, DrillDownLinks links) {
        super("CAC", days);
        Locale locale = getLocale();
        var money = ValueFormat.money(currency, 0);
        var integer = ValueFormat.integer();
        cac.setText(money.format(figures.cac(), locale));
        cac.addClassName("dashboard-figure");
        cac.setId("management-cac");
        var rows = new Div();
        rows.addClassName("dashboard-rows");
        String lagged = getTranslation("marketing-home.cac-lagged");
        String spend = getTranslation("marketing-home.spend");
        String acquired = getTranslation("kpi.new");
        String conversion = getTranslation("kpi.conversion");
        rows.add(row(lagged, money.format(figures.laggedCac(), locale), null));
        rows.add(row(spend, money.format(figures.spend(), locale), null));
        rows.add(row(acquired, integer.format(figures.newCustomers(), locale), figures.newCustomers() == 0 ? null
                : () -> links.openAcquired(period, null, null, acquired + " · " + days)));
        rows.add(row(conversion, getTranslation("marketing-home.conversion-of",
                        ValueFormat.percent(1).format(figures.conversionRate(), locale), figures.converted(),
                        figures.leads()), figures.converted() == 0 ? null
                : () -> links.openLeads(period, null, null, true,
                        getTranslation("marketing-home.converted") + " · " + days)));
        add(cac, rows);
        DashboardFigures.attach(this, FigureSheet.of("CAC", getTranslation("export.dashboard.figure"),
                        getTranslation("export.dashboard.current"))
                .row(getTranslation("marketing-home.cac"), new FigureSheet.Money(figures.cac()))
                .row(lagged, new FigureSheet.Money(figures.laggedCac()))
                .row(spend, new FigureSheet.Money(figures.spend()))
                .row(acquired, figures.newCustomers())
                .row(conversion, new FigureSheet.Percent(figures.conversionRate()))
                .build());
    }

    private static Div row(String name, String value, Runnable open) {
        var figure = new Span(value);
        if (open != null) {
            DrillDownLinks.linked(figure, open);
        }
        var row = new Div(new Span(name), figure);
        row.addClassName("dashboard-row");
        return row;
    }
}
