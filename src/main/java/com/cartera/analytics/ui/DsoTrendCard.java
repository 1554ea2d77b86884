package com.cartera.analytics.ui;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import com.cartera.base.ui.chart.Chart;
import com.cartera.base.ui.chart.Charts;
import com.cartera.base.ui.chart.ValueFormat;
import com.cartera.finance.DsoMonth;
import com.cartera.importexport.FigureSheet;

/** DSO month by month, each month its own period; a month without credit sales has no point. */
class DsoTrendCard extends DashboardCard {

    DsoTrendCard(List<DsoMonth> months, YearMonth running, String days) {
        super("", null);
        title.setText(getTranslation("finance-home.dso-trend"));
        caption.setText(days + " · " + getTranslation("finance-home.dso-trend.caption"));
        caption.setVisible(true);
        if (months.stream().allMatch(month -> month.dso() == null)) {
            add(MarketingCharts.empty(getTranslation("dashboard.no-data")));
            return;
        }
        Locale locale = getLocale();
        List<String> labels = months.stream()
                .map(month -> MarketingCharts.month(month.month(), !month.month().equals(running), locale))
                .toList();
        var chart = new Chart(Charts.trend(getTranslation("finance-home.dso-trend.description", days))
                .categories(labels)
                .series(getTranslation("finance-home.dso"), months.stream().map(DsoMonth::dso).toList())
                .format(ValueFormat.number(1)));
        chart.setWidthFull();
        add(chart);
        var sheet = FigureSheet.of(getTranslation("finance-home.dso-trend"), getTranslation("finance-home.month"),
                getTranslation("finance-home.receivables"), getTranslation("finance-home.credit-sales"),
                getTranslation("finance-home.days"), getTranslation("finance-home.dso"));
        for (int i = 0; i < months.size(); i++) {
            DsoMonth month = months.get(i);
            sheet.row(labels.get(i), new FigureSheet.Money(month.receivables()),
                    new FigureSheet.Money(month.creditSales()), month.days(), month.dso());
        }
        DashboardFigures.attach(this, sheet.build());
    }
}
