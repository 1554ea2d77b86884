package com.cartera.base.ui.chart;

import java.util.Locale;

import tools.jackson.databind.node.ObjectNode;

/** One value on a scale (e.g. retention rate against 0–100 %), written large in the middle. */
public final class GaugeChart implements ChartSpec {

    private final String description;
    private double value;
    private double min;
    private double max = 1;
    private String name = "";
    private ValueFormat format = ValueFormat.percent(1);

    GaugeChart(String description) {
        this.description = description;
    }

    public GaugeChart value(double value) {
        this.value = value;
        return this;
    }

    /** The scale; 0 to 1 (a share) by default. */
    public GaugeChart range(double min, double max) {
        if (max <= min) {
            throw new IllegalArgumentException("A gauge's maximum (" + max + ") must be above its minimum (" + min + ")");
        }
        this.min = min;
        this.max = max;
        return this;
    }

    /** What is measured, written under the value. */
    public GaugeChart name(String name) {
        this.name = name;
        return this;
    }

    public GaugeChart format(ValueFormat format) {
        this.format = format;
        return this;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public String kind() {
        return "gauge";
    }

    @Override
    public ObjectNode options(ChartContext context) {
        Locale locale = context.locale();
        var options = Json.object();
        var gauge = options.putArray("series").addObject().put("type", "gauge").put("min", min).put("max", max)
                .put("startAngle", 200).put("endAngle", -20).put("radius", "95%");
        gauge.set("center", Json.array().add("50%").add("58%"));
        gauge.putObject("progress").put("show", true).put("width", 16).put("roundCap", false);
        gauge.putObject("axisLine").putObject("lineStyle").put("width", 16)
                .set("color", Json.array().add(Json.array().add(1).add("#e3e8ee")));
        gauge.putObject("pointer").put("show", false);
        gauge.putObject("axisTick").put("show", false);
        gauge.putObject("splitLine").put("show", false);
        // The scale's ends go without ticks: the value is written large, and the description names the scale.
        gauge.putObject("axisLabel").put("show", false);
        gauge.putObject("title").put("show", true).put("fontSize", 13).put("color", "#4a5560")
                .set("offsetCenter", Json.array().add(0).add("32%"));
        var detail = gauge.putObject("detail").put("valueAnimation", false).put("fontSize", 28)
                .put("fontWeight", "bold").put("color", "#1a1a1a");
        detail.set("offsetCenter", Json.array().add(0).add("-4%"));
        detail.set("formatter", format.formatter(locale));
        gauge.putArray("data").addObject().put("value", value).put("name", name);
        return options;
    }
}
