package com.cartera.base.ui.chart;

import java.util.Optional;

import tools.jackson.databind.node.ObjectNode;

/**
 * One kind of chart with its data, written as ECharts options. Built in Java by the factories of {@link Charts};
 * a {@link Chart} adds what every chart has (the accessible description, decal patterns, the PNG download).
 */
public interface ChartSpec {

    /**
     * The chart in words, for people who cannot see it: what it shows, for which period and what stands out.
     * Required: a chart nobody can read is a bug.
     */
    String description();

    /** The kind's options (series, axes, legend, tooltip) for the UI language of {@code context}. */
    ObjectNode options(ChartContext context);

    /** A short name for CSS ({@code chart-<kind>}), which sets the kind's height. */
    String kind();

    /** A height that depends on the data (rows of a heatmap), else the kind's height from the style sheet. */
    default Optional<String> height() {
        return Optional.empty();
    }

    /** Whether the chart offers its PNG download (a sparkline in a tile does not). */
    default boolean downloadable() {
        return true;
    }
}
