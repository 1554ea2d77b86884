package com.cartera.base.ui.chart;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import tools.jackson.databind.node.ObjectNode;

/** Bars of several series stacked per category (e.g. revenue per month by channel), optionally horizontal. */
public final class StackedBarChart implements ChartSpec {

    private static final List<String> REST_GREYS = List.of("#8C8C8C", "#C4C4C4");

    private final String description;
    private List<String> categories = List.of();
    private final List<Series> series = new ArrayList<>();
    private final Set<Integer> rest = new HashSet<>();
    private ValueFormat format = ValueFormat.integer();
    private boolean horizontal;
    private String valueAxisName;

    StackedBarChart(String description) {
        this.description = description;
    }

    public StackedBarChart categories(List<String> categories) {
        this.categories = List.copyOf(categories);
        return this;
    }

    /** One part of every bar, one value per category; series stack in the order they are added. */
    public StackedBarChart series(String name, List<? extends Number> values) {
        series.add(new Series(name, values));
        return this;
    }

    /**
     * A part that stands for the rest ("other", "unknown") rather than a thing of its own: drawn in a neutral grey,
     * so the palette's colours stay with the named parts. Add these after the named ones.
     */
    public StackedBarChart restSeries(String name, List<? extends Number> values) {
        rest.add(series.size());
        return series(name, values);
    }

    public StackedBarChart format(ValueFormat format) {
        this.format = format;
        return this;
    }

    /** Bars that grow to the right, for long category names (stages, sources). */
    public StackedBarChart horizontal() {
        this.horizontal = true;
        return this;
    }

    public StackedBarChart valueAxisName(String name) {
        this.valueAxisName = name;
        return this;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public String kind() {
        return "bars";
    }

    @Override
    public ObjectNode options(ChartContext context) {
        if (series.isEmpty()) {
            throw new IllegalStateException("A bar chart needs at least one series");
        }
        Locale locale = context.locale();
        var options = Json.object();
        Axes.grid(options, valueAxisName != null && !horizontal, false);
        if (series.size() > 1) {
            Axes.legend(options);
        }
        Axes.axisTooltip(options, format, locale, "shadow");
        ObjectNode categoryAxis = Axes.categoryAxis(categories, null, true);
        ObjectNode valueAxis = Axes.valueAxis(format, locale, horizontal ? null : valueAxisName);
        if (horizontal) {
            categoryAxis.put("inverse", true);
        }
        options.set(horizontal ? "yAxis" : "xAxis", categoryAxis);
        options.set(horizontal ? "xAxis" : "yAxis", valueAxis);
        var list = options.putArray("series");
        int restShown = 0;
        for (int i = 0; i < series.size(); i++) {
            Series part = series.get(i);
            Series.sameLength(categories, part);
            var bar = list.addObject().put("type", "bar").put("name", part.name()).put("stack", "total")
                    .put("barMaxWidth", 48);
            bar.set("data", Json.numbers(part.values()));
            bar.putObject("emphasis").put("focus", "series");
            // A thin white edge keeps neighbouring parts apart when colours are alike.
            var style = bar.putObject("itemStyle").put("borderColor", "#ffffff").put("borderWidth", 1);
            if (rest.contains(i)) {
                style.put("color", REST_GREYS.get(restShown++ % REST_GREYS.size()));
            }
        }
        return options;
    }
}
