package com.cartera.analytics.ui;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.cartera.analytics.CohortCell;
import com.cartera.analytics.FunnelStage;
import com.cartera.analytics.KpiCount;
import com.cartera.analytics.MonthFigures;
import com.cartera.analytics.Period;
import com.cartera.analytics.PortfolioKpis;
import com.cartera.analytics.SourceConversion;
import com.cartera.base.ui.chart.Chart;
import com.cartera.base.ui.chart.Charts;
import com.cartera.base.ui.chart.ValueFormat;
import com.cartera.importexport.FigureSheet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** The management dashboard's charts, each described in words for people who cannot see it. */
final class PortfolioCharts {

    private final Component in;
    private final Locale locale;
    private final String periodText;
    private DrillDownLinks links;

    PortfolioCharts(Component in, Locale locale, String periodText) {
        this.in = in;
        this.locale = locale;
        this.periodText = periodText;
    }

    /** Bars and cohort cells drawn from now on open the customers behind them. */
    PortfolioCharts drillingInto(DrillDownLinks drillDown) {
        this.links = drillDown;
        return this;
    }

    /** New, reactivated and lost customers per month, and the active customers at each month's end. */
    Component evolution(List<MonthFigures> months) {
        if (months.stream().allMatch(month -> month.activeAtEnd() == 0 && month.newCustomers() == 0
                && month.reactivated() == 0 && month.lost() == 0)) {
            return empty();
        }
        List<String> labels = labels(months);
        var bars = new Chart(Charts.stackedBars(text("chart.evolution.description", periodText))
                .categories(labels)
                .series(text("kpi.new"), months.stream().map(MonthFigures::newCustomers).toList())
                .series(text("kpi.reactivated"), months.stream().map(MonthFigures::reactivated).toList())
                .series(text("kpi.lost"), months.stream().map(MonthFigures::lost).toList())
                .format(ValueFormat.integer()));
        if (links != null) {
            Map<String, KpiCount> series = Map.of(text("kpi.new"), KpiCount.NEW, text("kpi.reactivated"),
                    KpiCount.REACTIVATED, text("kpi.lost"), KpiCount.LOST);
            bars.addPointClickListener(click -> {
                KpiCount which = series.get(click.getSeriesName());
                if (which != null && click.getDataIndex() >= 0 && click.getDataIndex() < months.size()) {
                    YearMonth month = months.get(click.getDataIndex()).month();
                    links.open(which, Period.month(month.atDay(1)),
                            click.getSeriesName() + " · " + label(month));
                }
            });
        }
        var active = new Chart(Charts.trend(text("chart.active.description", periodText))
                .categories(labels)
                .series(text("kpi.active"), months.stream().map(MonthFigures::activeAtEnd).toList())
                .format(ValueFormat.integer()));
        bars.setWidthFull();
        active.setWidthFull();
        var both = new Div(labelled(text("dashboard.evolution.flows"), bars),
                labelled(text("dashboard.evolution.active"), active));
        both.addClassName("dashboard-chart-pair");
        return DashboardFigures.attach(both, months(text("dashboard.evolution"), months));
    }

    /** A chart of a pair with a short name above it, so that each of the two says what it shows. */
    private static Div labelled(String name, Chart chart) {
        var label = new Span(name);
        label.addClassName("dashboard-chart-label");
        var labelled = new Div(label, chart);
        labelled.addClassName("dashboard-chart-labelled");
        return labelled;
    }

    /** Revenue per month. */
    Component revenue(List<MonthFigures> months, String currency) {
        if (months.stream().allMatch(month -> month.revenue().signum() == 0)) {
            return empty();
        }
        var chart = new Chart(Charts.trend(text("chart.revenue.description", periodText))
                .categories(labels(months))
                .series(text("kpi.revenue"), months.stream().map(MonthFigures::revenue).toList())
                .area()
                .format(ValueFormat.money(currency, 0)));
        chart.setWidthFull();
        return DashboardFigures.attach(chart, months(text("dashboard.revenue-trend"), months));
    }

    /** Share of each cohort (month of first purchase) buying again in the months after. */
    Component cohorts(List<CohortCell> cells) {
        if (cells.isEmpty()) {
            return empty();
        }
        Map<YearMonth, List<CohortCell>> byCohort = new TreeMap<>();
        cells.forEach(cell -> byCohort.computeIfAbsent(cell.cohort(), cohort -> new ArrayList<>()).add(cell));
        var heatmap = Charts.cohortHeatmap(text("chart.cohorts.description", periodText));
        // The heatmap's data in the order it is drawn (row by row, month by month, cells with a value): a click
        // names its cell by that index.
        List<CohortCell> drawn = new ArrayList<>();
        byCohort.forEach((cohort, row) -> {
            row.stream().filter(cell -> cell.rate() != null)
                    .sorted(Comparator.comparingInt(CohortCell::monthsSince)).forEach(drawn::add);
            int width = row.stream().mapToInt(CohortCell::monthsSince).max().orElse(0) + 1;
            List<Double> shares = new ArrayList<>();
            for (int k = 0; k < width; k++) {
                shares.add(null);
            }
            row.forEach(cell -> shares.set(cell.monthsSince(),
                    cell.rate() == null ? null : Math.min(1.0, cell.rate().doubleValue())));
            boolean incomplete = row.stream().anyMatch(cell -> !cell.complete());
            heatmap.cohort(label(cohort), shares, incomplete);
        });
        var chart = new Chart(heatmap);
        chart.setWidthFull();
        var sheet = FigureSheet.of(text("dashboard.cohorts"), text("export.dashboard.cohort"),
                text("export.dashboard.months-since"), text("export.dashboard.cohort-size"),
                text("export.dashboard.buyers"), text("export.dashboard.rate"), text("export.dashboard.complete"));
        drawn.forEach(cell -> sheet.row(label(cell.cohort()), cell.monthsSince(), cell.cohortSize(), cell.buyers(),
                new FigureSheet.Percent(cell.rate()), text(cell.complete() ? "export.yes" : "export.no")));
        DashboardFigures.attach(chart, sheet.build());
        if (links != null) {
            chart.addPointClickListener(click -> {
                if (click.getDataIndex() >= 0 && click.getDataIndex() < drawn.size()) {
                    CohortCell cell = drawn.get(click.getDataIndex());
                    links.openCohort(cell.cohort(), cell.monthsSince(),
                            text("drill-down.cohort", label(cell.cohort()), cell.monthsSince()));
                }
            });
        }
        return chart;
    }

    /** Leads created in the period and how many of them became prospects and customers. */
    Component funnel(PortfolioKpis kpis) {
        long leads = kpis.conversionBySource().stream().mapToLong(SourceConversion::leads).sum();
        long prospects = kpis.conversionBySource().stream().mapToLong(SourceConversion::prospects).sum();
        long converted = kpis.conversionBySource().stream().mapToLong(SourceConversion::converted).sum();
        if (leads == 0) {
            return empty();
        }
        List<String> stages = List.of(text("chart.funnel.leads"), text("chart.funnel.prospects"),
                text("chart.funnel.customers"));
        var chart = new Chart(Charts.funnel(text("chart.funnel.description", periodText, leads, prospects, converted))
                .stage(stages.get(0), leads)
                .stage(stages.get(1), prospects)
                .stage(stages.get(2), converted)
                .format(ValueFormat.integer()));
        chart.setWidthFull();
        if (links != null) {
            chart.addPointClickListener(click -> {
                if (click.getDataIndex() >= 0 && click.getDataIndex() < stages.size()) {
                    links.openFunnel(FunnelStage.values()[click.getDataIndex()], kpis.period(),
                            stages.get(click.getDataIndex()) + " · " + periodText);
                }
            });
        }
        return DashboardFigures.attach(chart, FigureSheet.of(text("dashboard.funnel"), stages.get(0), stages.get(1),
                stages.get(2), text("kpi.conversion")).row(leads, prospects, converted,
                new FigureSheet.Percent(kpis.leadConversionRate().current())).build());
    }

    /** The months as a table for the export. */
    private FigureSheet months(String title, List<MonthFigures> months) {
        var sheet = FigureSheet.of(title, text("export.dashboard.month"), text("export.dashboard.complete"),
                text("kpi.active"), text("kpi.new"), text("kpi.reactivated"), text("kpi.lost"), text("kpi.revenue"),
                text("export.dashboard.orders"));
        months.forEach(month -> sheet.row(label(month.month()), text(month.complete() ? "export.yes" : "export.no"),
                month.activeAtEnd(), month.newCustomers(), month.reactivated(), month.lost(),
                new FigureSheet.Money(month.revenue()), month.orders()));
        return sheet.build();
    }

    private List<String> labels(List<MonthFigures> months) {
        return months.stream().map(month -> label(month.month()) + (month.complete() ? "" : " *")).toList();
    }

    private String label(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.SHORT, locale) + " "
                + month.format(DateTimeFormatter.ofPattern("yy"));
    }

    private Component empty() {
        var nothing = new Paragraph(text("dashboard.no-data"));
        nothing.addClassName("dashboard-empty");
        return nothing;
    }

    private String text(String key, Object... parameters) {
        return in.getTranslation(key, parameters);
    }
}
