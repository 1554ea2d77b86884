package com.cartera.base.ui.chart;

import java.util.List;
import java.util.Locale;

import tools.jackson.databind.node.ObjectNode;

/** A small line without axes that shows the shape of a figure's recent history, e.g. in a {@link KpiTile}. */
public final class Sparkline implements ChartSpec {

    private final String description;
    private List<String> categories = List.of();
    private List<? extends Number> values = List.of();
    private ValueFormat format = ValueFormat.integer();

    Sparkline(String description) {
        this.description = description;
    }

    /** The values in time order, with their periods' names (shown in the tooltip). */
    public Sparkline values(List<String> categories, List<? extends Number> values) {
        if (categories.size() != values.size()) {
            throw new IllegalArgumentException(values.size() + " values for " + categories.size() + " periods");
        }
        this.categories = List.copyOf(categories);
        this.values = List.copyOf(values.stream().map(value -> value == null ? Double.NaN : value.doubleValue())
                .toList());
        return this;
    }

    public Sparkline format(ValueFormat format) {
        this.format = format;
        return this;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public String kind() {
        return "sparkline";
    }

    @Override
    public boolean downloadable() {
        return false;
    }

    @Override
    public ObjectNode options(ChartContext context) {
        Locale locale = context.locale();
        var options = Json.object();
        options.putObject("grid").put("left", 2).put("right", 2).put("top", 4).put("bottom", 4);
        var tooltip = options.putObject("tooltip").put("trigger", "axis").put("confine", true);
        tooltip.set("valueFormatter", format.formatter(locale));
        tooltip.putObject("axisPointer").put("type", "line");
        var xAxis = options.putObject("xAxis").put("type", "category").put("show", false).put("boundaryGap", false);
        xAxis.set("data", Json.strings(categories));
        options.putObject("yAxis").put("type", "value").put("show", false).put("scale", true);
        var line = options.putArray("series").addObject().put("type", "line").put("name", description)
                .put("showSymbol", false).put("symbol", "circle");
        var data = Json.array();
        for (Number value : values) {
            if (Double.isNaN(value.doubleValue())) {
                data.addNull();
            } else {
                data.add(value.doubleValue());
            }
        }
        line.set("data", data);
        line.putObject("lineStyle").put("width", 2);
        line.putObject("areaStyle").put("opacity", 0.15);
        return options;
    }
}
