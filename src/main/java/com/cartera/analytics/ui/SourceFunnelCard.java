package com.cartera.analytics.ui;

import java.util.List;
import java.util.Locale;

import com.cartera.analytics.Period;
import com.cartera.analytics.SourceCac;
import com.cartera.base.ui.chart.ValueFormat;
import com.cartera.importexport.FigureSheet;

/**
 * The funnel by first-touch source: leads created in the period, of them prospects and customers (by the date
 * conversions are counted to), and the conversion rate. Leads and customers open the people behind them.
 */
class SourceFunnelCard extends DashboardCard {

    FigureTable table;

    SourceFunnelCard(Period period, List<SourceCac> sources, String caption, DrillDownLinks links) {
        super(null, caption);
        title.setText(getTranslation("marketing-home.funnel"));
        List<SourceCac> withLeads = sources.stream().filter(s -> s.leads() > 0).toList();
        if (withLeads.isEmpty()) {
            add(MarketingCharts.empty(getTranslation("dashboard.no-data")));
            return;
        }
        Locale locale = getLocale();
        var percent = ValueFormat.percent(1);
        table = new FigureTable(getTranslation("marketing-home.funnel"), getTranslation("marketing-home.source"),
                getTranslation("marketing-home.conversion-short"), getTranslation("chart.funnel.leads"),
                getTranslation("chart.funnel.prospects"), getTranslation("chart.funnel.customers"));
        String days = PeriodChoice.days(period, locale);
        for (SourceCac source : withLeads) {
            String name = source.label(this::getTranslation);
            var row = table.row(name, new FigureSheet.Percent(source.conversionRate()), source.leads(),
                    source.prospects(), source.converted());
            FigureTable.cell(row, percent.format(source.conversionRate(), locale), null);
            FigureTable.cell(row, Long.toString(source.leads()), () -> links.openLeads(period, source.sourceId(),
                    null, false, getTranslation("marketing-home.leads") + " · " + name + " · " + days));
            FigureTable.cell(row, Long.toString(source.prospects()), null);
            FigureTable.cell(row, Long.toString(source.converted()), () -> links.openLeads(period,
                    source.sourceId(), null, true, getTranslation("marketing-home.converted") + " · " + name + " · "
                            + days));
        }
        add(DashboardFigures.attach(table, table.sheet()));
    }
}
