package com.cartera.base.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Pareto chart: bars from the largest to the smallest (their values on the left axis) and the cumulative
 * share of the total as a line on a second axis from 0 to 100 %. Optionally a reference line on the second axis
 * (e.g. perfect equality) drawn dashed, and one category marked with a callout (e.g. "20 % → 78,3 %").
 */
public final class ParetoChart implements ChartSpec {

    private final String description;
    private List<String> categories = List.of();
    private List<? extends Number> values = List.of();
    private String barName = "";
    private String cumulativeName;
    private Series reference;
    private ValueFormat format = ValueFormat.integer();
    private String categoryAxisName;
    private String valueAxisName;
    private String cumulativeAxisName;
    private int marked = -1;
    private String markLabel;

    ParetoChart(String description) {
        this.description = description;
    }

    /** The bars, largest first: {@code values.get(i)} for {@code categories.get(i)}. */
    public ParetoChart bars(String name, List<String> categories, List<? extends Number> values) {
        if (categories.size() != values.size()) {
            throw new IllegalArgumentException(values.size() + " values for " + categories.size() + " categories");
        }
        this.barName = name;
        this.categories = List.copyOf(categories);
        this.values = new ArrayList<>(values);
        return this;
    }

    /** The name of the cumulative line ("Acumulado" by default). */
    public ParetoChart cumulativeName(String name) {
        this.cumulativeName = name;
        return this;
    }

    /** A dashed line of cumulative shares (0 to 1) to compare with, one per category. */
    public ParetoChart reference(String name, List<? extends Number> shares) {
        this.reference = new Series(name, shares);
        return this;
    }

    /**
     * Marks category {@code index} with a dashed line and the callout {@code label} on the cumulative line (plain
     * text: braces, which ECharts would read as template fields, are left out).
     */
    public ParetoChart mark(int index, String label) {
        this.marked = index;
        this.markLabel = label == null ? null : label.replace("{", "").replace("}", "");
        return this;
    }

    /** The format of the bars' values (the cumulative line is always a percentage). */
    public ParetoChart format(ValueFormat format) {
        this.format = format;
        return this;
    }

    public ParetoChart axisNames(String categoryAxis, String valueAxis, String cumulativeAxis) {
        this.categoryAxisName = categoryAxis;
        this.valueAxisName = valueAxis;
        this.cumulativeAxisName = cumulativeAxis;
        return this;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public String kind() {
        return "pareto";
    }

    /** The cumulative share of the total up to each category, from 0 to 1. */
    public List<Double> cumulativeShares() {
        double total = values.stream().mapToDouble(value -> value == null ? 0 : value.doubleValue()).sum();
        List<Double> shares = new ArrayList<>(values.size());
        double running = 0;
        for (Number value : values) {
            running += value == null ? 0 : value.doubleValue();
            shares.add(total == 0 ? 0 : running / total);
        }
        return shares;
    }

    @Override
    public ObjectNode options(ChartContext context) {
        Locale locale = context.locale();
        ValueFormat share = ValueFormat.percent(1);
        var options = Json.object();
        Axes.grid(options, valueAxisName != null || cumulativeAxisName != null, categoryAxisName != null);
        Axes.legend(options);
        options.putObject("tooltip").put("trigger", "axis").put("confine", true).putObject("axisPointer")
                .put("type", "shadow");
        options.set("xAxis", Axes.categoryAxis(categories, categoryAxisName, true));
        ArrayNode yAxes = options.putArray("yAxis");
        yAxes.add(Axes.valueAxis(format, locale, valueAxisName));
        var cumulativeAxis = Axes.valueAxis(share, locale, cumulativeAxisName).put("min", 0).put("max", 1)
                .put("interval", 0.2).put("position", "right");
        cumulativeAxis.putObject("splitLine").put("show", false);
        if (cumulativeAxisName != null) {
            cumulativeAxis.putObject("nameTextStyle").put("align", "right");
        }
        yAxes.add(cumulativeAxis);

        var series = options.putArray("series");
        var bars = series.addObject().put("type", "bar").put("name", barName).put("barCategoryGap", "15%");
        bars.set("data", Json.numbers(values));
        bars.putObject("tooltip").set("valueFormatter", format.formatter(locale));

        var cumulative = series.addObject().put("type", "line").put("name",
                        cumulativeName == null ? context.text("chart.pareto.cumulative") : cumulativeName)
                .put("yAxisIndex", 1).put("symbol", "circle").put("symbolSize", 6)
                .put("showSymbol", categories.size() <= 24);
        cumulative.set("data", Json.numbers(cumulativeShares()));
        cumulative.putObject("lineStyle").put("width", 3);
        cumulative.putObject("tooltip").set("valueFormatter", share.formatter(locale));
        if (marked >= 0 && marked < categories.size()) {
            mark(cumulative);
        }
        if (reference != null) {
            Series.sameLength(categories, reference);
            var line = series.addObject().put("type", "line").put("name", reference.name()).put("yAxisIndex", 1)
                    .put("symbol", "none").put("color", "#6b7480");
            line.set("data", Json.numbers(reference.values()));
            line.putObject("lineStyle").put("type", "dashed").put("width", 2);
            line.putObject("tooltip").set("valueFormatter", share.formatter(locale));
        }
        return options;
    }

    private void mark(ObjectNode cumulative) {
        var markLine = cumulative.putObject("markLine").put("symbol", "none").put("silent", true);
        markLine.putObject("lineStyle").put("type", "dashed").put("color", "#b3261e").put("width", 2);
        markLine.putObject("label").put("show", false);
        markLine.putArray("data").addObject().put("xAxis", categories.get(marked));
        var point = cumulative.putObject("markPoint").put("symbol", "circle").put("symbolSize", 12).put("silent",
                true);
        point.putObject("itemStyle").put("color", "#b3261e").put("borderColor", "#ffffff").put("borderWidth", 2);
        var item = point.putArray("data").addObject();
        item.putArray("coord").add(categories.get(marked)).add(cumulativeShares().get(marked));
        item.putObject("label").put("show", true).put("position", "right").put("distance", 8)
                .put("formatter", markLabel == null ? "" : markLabel).put("fontWeight", "bold").put("color", "#b3261e")
                .put("backgroundColor", "rgba(255,255,255,0.9)").put("padding", 3);
    }
}
