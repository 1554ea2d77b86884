package com.cartera.base.ui.chart;

/**
 * Where every chart starts, with the description of what it shows for people who cannot see it (so it cannot be
 * forgotten): {@code new Chart(Charts.trend("Clientes activos por mes, 2026 frente a 2025 …").categories(…)
 * .series(…).comparison(…))}.
 */
public final class Charts {

    private Charts() {
    }

    /** Lines or areas over time, with comparison periods drawn dashed. */
    public static TrendChart trend(String description) {
        return new TrendChart(described(description));
    }

    public static StackedBarChart stackedBars(String description) {
        return new StackedBarChart(described(description));
    }

    /** Stages from the widest (e.g. leads) to the narrowest (e.g. active customers). */
    public static FunnelChart funnel(String description) {
        return new FunnelChart(described(description));
    }

    /** Cohort retention: rows cohorts, columns months since, values as percentages. */
    public static CohortHeatmap cohortHeatmap(String description) {
        return new CohortHeatmap(described(description));
    }

    /** Bars largest first with the cumulative share on a second axis. */
    public static ParetoChart pareto(String description) {
        return new ParetoChart(described(description));
    }

    public static GaugeChart gauge(String description) {
        return new GaugeChart(described(description));
    }

    public static Sparkline sparkline(String description) {
        return new Sparkline(described(description));
    }

    /** Refuses a chart without a description: a chart nobody can read is a bug. */
    static String described(String description) {
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("Every chart needs a description of what it shows, for people who"
                    + " cannot see it");
        }
        return description;
    }
}
