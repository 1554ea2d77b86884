package com.cartera.base.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.node.ObjectNode;

/**
 * Lines (or areas) over time, each optionally with the same figure of a comparison period drawn dashed; every
 * series has its own point shape too, so none is told apart by colour alone.
 */
public final class TrendChart implements ChartSpec {

    private static final List<String> SYMBOLS = List.of("circle", "rect", "triangle", "diamond", "roundRect", "pin");

    private final String description;
    private List<String> categories = List.of();
    private final List<Series> series = new ArrayList<>();
    private final List<Series> comparisons = new ArrayList<>();
    private ValueFormat format = ValueFormat.integer();
    private boolean area;
    private String valueAxisName;
    private String categoryAxisName;

    TrendChart(String description) {
        this.description = description;
    }

    /** The labels of the x axis (days, weeks, months), already written in the UI language. */
    public TrendChart categories(List<String> categories) {
        this.categories = List.copyOf(categories);
        return this;
    }

    /** A line with one value per category (null for none). */
    public TrendChart series(String name, List<? extends Number> values) {
        series.add(new Series(name, values));
        return this;
    }

    /**
     * The same figure in the comparison period (e.g. the year before), drawn dashed, without area and in the
     * colour of the series added in the same position (the first comparison goes with the first series).
     */
    public TrendChart comparison(String name, List<? extends Number> values) {
        comparisons.add(new Series(name, values));
        return this;
    }

    /** Fills the area under the lines. */
    public TrendChart area() {
        this.area = true;
        return this;
    }

    public TrendChart format(ValueFormat format) {
        this.format = format;
        return this;
    }

    /** A name for the value axis, written above it (e.g. "Clientes activos"). */
    public TrendChart valueAxisName(String name) {
        this.valueAxisName = name;
        return this;
    }

    public TrendChart categoryAxisName(String name) {
        this.categoryAxisName = name;
        return this;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public String kind() {
        return "trend";
    }

    @Override
    public ObjectNode options(ChartContext context) {
        if (series.isEmpty()) {
            throw new IllegalStateException("A trend chart needs at least one series");
        }
        Locale locale = context.locale();
        var options = Json.object();
        // The last category's label is centred on the plot's edge: room for its second half.
        Axes.grid(options, valueAxisName != null, categoryAxisName != null).put("right", 28);
        if (series.size() + comparisons.size() > 1) {
            Axes.legend(options);
        }
        Axes.axisTooltip(options, format, locale, "line");
        options.set("xAxis", Axes.categoryAxis(categories, categoryAxisName, false));
        options.set("yAxis", Axes.valueAxis(format, locale, valueAxisName));
        var list = options.putArray("series");
        int index = 0;
        for (Series line : series) {
            list.add(line(line, index++, false));
        }
        // Comparison i is drawn in the colour of series i (the same figure, another period), told apart by its
        // dashes and point shape.
        for (int i = 0; i < comparisons.size(); i++) {
            var comparison = line(comparisons.get(i), index++, true);
            comparison.put("color", Chart.PALETTE.get(i % Chart.PALETTE.size()));
            list.add(comparison);
        }
        return options;
    }

    private ObjectNode line(Series line, int index, boolean comparison) {
        Series.sameLength(categories, line);
        var node = Json.object().put("type", "line").put("name", line.name())
                .put("symbol", SYMBOLS.get(index % SYMBOLS.size())).put("symbolSize", 7)
                .put("showSymbol", categories.size() <= 36).put("connectNulls", false);
        node.set("data", Json.numbers(line.values()));
        node.putObject("lineStyle").put("width", comparison ? 2 : 3).put("type", comparison ? "dashed" : "solid");
        node.putObject("emphasis").put("focus", "series");
        if (area && !comparison) {
            node.putObject("areaStyle").put("opacity", 0.18);
        }
        return node;
    }
}
