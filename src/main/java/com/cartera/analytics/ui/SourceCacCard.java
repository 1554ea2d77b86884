package com.cartera.analytics.ui;

import java.util.List;
import java.util.Locale;

import com.cartera.analytics.Period;
import com.cartera.analytics.SourceCac;
import com.cartera.base.ui.chart.ValueFormat;
import com.cartera.importexport.FigureSheet;

/**
 * CAC by first-touch source: the source's spend, its new customers (opening them), CAC and the lagged CAC. A
 * source with spend and no new customers has no CAC ("–"), one with customers and no spend a CAC of 0.
 */
class SourceCacCard extends DashboardCard {

    FigureTable table;

    SourceCacCard(Period period, List<SourceCac> sources, String currency, String caption, DrillDownLinks links) {
        super(null, caption);
        title.setText(getTranslation("marketing-home.cac-by-source"));
        List<SourceCac> shown = sources.stream()
                .filter(s -> s.spend().signum() != 0 || s.newCustomers() > 0 || s.nextNewCustomers() > 0).toList();
        if (shown.isEmpty()) {
            add(MarketingCharts.empty(getTranslation("dashboard.no-data")));
            return;
        }
        Locale locale = getLocale();
        var money = ValueFormat.money(currency, 0);
        String days = PeriodChoice.days(period, locale);
        table = new FigureTable(getTranslation("marketing-home.cac-by-source"), getTranslation("marketing-home.source"),
                getTranslation("marketing-home.cac"), getTranslation("marketing-home.cac-lagged-short"),
                getTranslation("marketing-home.spend"), getTranslation("kpi.new"));
        for (SourceCac source : shown) {
            String name = source.label(this::getTranslation);
            var row = table.row(name, new FigureSheet.Money(source.cac()), new FigureSheet.Money(source.laggedCac()),
                    new FigureSheet.Money(source.spend()), source.newCustomers());
            FigureTable.cell(row, money.format(source.cac(), locale), null);
            FigureTable.cell(row, money.format(source.laggedCac(), locale), null);
            FigureTable.cell(row, money.format(source.spend(), locale), null);
            FigureTable.cell(row, Long.toString(source.newCustomers()), source.newCustomers() == 0 ? null
                    : () -> links.openAcquired(period, source.sourceId(), null,
                            getTranslation("kpi.new") + " · " + name + " · " + days));
        }
        add(DashboardFigures.attach(table, table.sheet()));
    }
}
