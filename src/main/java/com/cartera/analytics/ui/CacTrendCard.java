package com.cartera.analytics.ui;

import java.util.List;

import com.cartera.analytics.MonthCac;
import com.cartera.analytics.Period;
import com.cartera.base.ui.chart.Chart;
import com.cartera.base.ui.chart.Charts;
import com.cartera.base.ui.chart.ValueFormat;
import com.cartera.importexport.FigureSheet;

/**
 * CAC month by month beside the lagged reading (the month's spend against the next month's new customers, dashed).
 * A month without new customers has no point; a click opens the month's new customers.
 */
class CacTrendCard extends DashboardCard {

    Chart chart;

    CacTrendCard(List<MonthCac> months, String currency, String days, DrillDownLinks links) {
        super(null, days);
        title.setText(getTranslation("marketing-home.cac-trend"));
        if (months.stream().allMatch(m -> m.spend().signum() == 0 && m.newCustomers() == 0)) {
            add(MarketingCharts.empty(getTranslation("dashboard.no-data")));
            return;
        }
        List<String> labels = months.stream().map(m -> MarketingCharts.month(m.month(), m.complete(), getLocale()))
                .toList();
        chart = new Chart(Charts.trend(getTranslation("marketing-home.cac-trend.description", days, currency))
                .categories(labels)
                .series(getTranslation("marketing-home.cac"), months.stream().map(MonthCac::cac).toList())
                .comparison(getTranslation("marketing-home.cac-lagged"), months.stream().map(MonthCac::laggedCac).toList())
                .format(ValueFormat.money(currency, 0))
                .valueAxisName(currency));
        chart.setWidthFull();
        chart.addPointClickListener(click -> {
            int index = click.getDataIndex();
            if (index >= 0 && index < months.size()) {
                links.openAcquired(Period.month(months.get(index).month().atDay(1)), null, null,
                        getTranslation("kpi.new") + " · " + labels.get(index));
            }
        });
        var sheet = FigureSheet.of(getTranslation("marketing-home.cac-trend"), getTranslation("export.dashboard.month"),
                getTranslation("marketing-home.spend"), getTranslation("kpi.new"), getTranslation("marketing-home.cac"),
                getTranslation("marketing-home.cac-lagged"));
        for (int i = 0; i < months.size(); i++) {
            MonthCac month = months.get(i);
            sheet.row(labels.get(i), new FigureSheet.Money(month.spend()), month.newCustomers(),
                    new FigureSheet.Money(month.cac()), new FigureSheet.Money(month.laggedCac()));
        }
        add(DashboardFigures.attach(chart, sheet.build()));
    }
}
