package com.cartera.analytics.ui;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.cartera.analytics.MarketingHome;
import com.cartera.analytics.MonthCac;
import com.cartera.analytics.Period;
import com.cartera.analytics.SourceLeadsMonth;
import com.cartera.base.ui.chart.Chart;
import com.cartera.base.ui.chart.Charts;
import com.cartera.base.ui.chart.ValueFormat;
import com.cartera.importexport.FigureSheet;

/** Leads created month by month, stacked by first-touch source; a bar opens that month's leads of that source. */
class LeadsBySourceCard extends DashboardCard {

    Chart chart;

    LeadsBySourceCard(MarketingHome home, Map<Long, String> sourceNames, String days, DrillDownLinks links) {
        super(null, days);
        title.setText(getTranslation("marketing-home.leads-by-source"));
        List<YearMonth> months = home.cacTrend().stream().map(MonthCac::month).toList();
        if (home.leadsTrend().isEmpty()) {
            add(MarketingCharts.empty(getTranslation("dashboard.no-data")));
            return;
        }
        List<String> labels = home.cacTrend().stream()
                .map(m -> MarketingCharts.month(m.month(), m.complete(), getLocale())).toList();
        var bySource = new LinkedHashMap<Long, long[]>();
        for (SourceLeadsMonth row : home.leadsTrend()) {
            int index = months.indexOf(row.month());
            if (index >= 0) {
                bySource.computeIfAbsent(row.sourceId(), s -> new long[months.size()])[index] += row.leads();
            }
        }
        var sources = new ArrayList<>(bySource.keySet());
        sources.sort(java.util.Comparator.comparing(id -> id == null ? Long.MAX_VALUE : id));
        var spec = Charts.stackedBars(getTranslation("marketing-home.leads-by-source.description", days))
                .categories(labels).format(ValueFormat.integer());
        var sheetHeaders = new ArrayList<String>(List.of(getTranslation("export.dashboard.month")));
        var names = new ArrayList<String>();
        for (Long source : sources) {
            String name = name(sourceNames, source);
            names.add(name);
            sheetHeaders.add(name);
            spec.series(name, java.util.Arrays.stream(bySource.get(source)).boxed().toList());
        }
        chart = new Chart(spec);
        chart.setWidthFull();
        chart.addPointClickListener(click -> {
            int index = click.getDataIndex();
            int series = names.indexOf(click.getSeriesName());
            if (index >= 0 && index < months.size() && series >= 0) {
                Long source = sources.get(series);
                links.openLeads(Period.month(months.get(index).atDay(1)), source, null, false,
                        getTranslation("marketing-home.leads") + " · " + click.getSeriesName() + " · "
                                + labels.get(index));
            }
        });
        var sheet = FigureSheet.of(getTranslation("marketing-home.leads-by-source"),
                sheetHeaders.toArray(String[]::new));
        for (int i = 0; i < months.size(); i++) {
            var row = new ArrayList<Object>(List.of(labels.get(i)));
            for (Long source : sources) {
                row.add(bySource.get(source)[i]);
            }
            sheet.row(row.toArray());
        }
        add(DashboardFigures.attach(chart, sheet.build()));
    }

    static String name(Map<Long, String> sourceNames, Long source) {
        return Objects.requireNonNullElse(sourceNames.get(source), "?");
    }
}
