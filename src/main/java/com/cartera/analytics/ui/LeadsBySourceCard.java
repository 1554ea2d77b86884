package com.cartera.analytics.ui;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.LongStream;

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

    /** As many sources as the chart's palette has colours left beside the two grey parts. */
    static final int NAMED_SOURCES = 6;

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
        // The chart names the sources that brought the most leads; the others share one grey part, and so do the
        // leads without a source, so that no two parts share a colour. The spreadsheet keeps every source.
        var sources = new ArrayList<>(bySource.keySet());
        sources.sort(Comparator.comparing((Long id) -> id == null ? Long.MAX_VALUE : id));
        List<Long> named = sources.stream().filter(Objects::nonNull)
                .sorted(Comparator.comparingLong((Long id) -> -LongStream.of(bySource.get(id)).sum()))
                .limit(NAMED_SOURCES).toList();
        var spec = Charts.stackedBars(getTranslation("marketing-home.leads-by-source.description", days))
                .categories(labels).format(ValueFormat.integer());
        var names = new ArrayList<String>();
        var clickable = new ArrayList<Long>();
        for (Long source : named) {
            names.add(name(sourceNames, source));
            clickable.add(source);
            spec.series(names.getLast(), LongStream.of(bySource.get(source)).boxed().toList());
        }
        long[] others = new long[months.size()];
        sources.stream().filter(id -> id != null && !named.contains(id))
                .forEach(id -> Arrays.setAll(others, i -> others[i] + bySource.get(id)[i]));
        if (LongStream.of(others).sum() > 0) {
            spec.restSeries(getTranslation("marketing-home.leads-by-source.others"),
                    LongStream.of(others).boxed().toList());
        }
        if (bySource.containsKey(null)) {
            names.add(name(sourceNames, null));
            clickable.add(null);
            spec.restSeries(names.getLast(), LongStream.of(bySource.get(null)).boxed().toList());
        }
        chart = new Chart(spec);
        chart.setWidthFull();
        chart.addPointClickListener(click -> {
            int index = click.getDataIndex();
            int series = names.indexOf(click.getSeriesName());
            if (index >= 0 && index < months.size() && series >= 0) {
                Long source = clickable.get(series);
                links.openLeads(Period.month(months.get(index).atDay(1)), source, null, false,
                        getTranslation("marketing-home.leads") + " · " + click.getSeriesName() + " · "
                                + labels.get(index));
            }
        });
        var sheetHeaders = new ArrayList<String>(List.of(getTranslation("export.dashboard.month")));
        sources.forEach(source -> sheetHeaders.add(name(sourceNames, source)));
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
