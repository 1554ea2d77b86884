package com.cartera.base.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.node.ObjectNode;

/**
 * Stages in order (e.g. lead → prospect → active customer), each labelled with its count and its share of the
 * first stage, so the drop between stages reads without the shape.
 */
public final class FunnelChart implements ChartSpec {

    private record Stage(String name, Number value) {
    }

    private final String description;
    private final List<Stage> stages = new ArrayList<>();
    private ValueFormat format = ValueFormat.integer();

    FunnelChart(String description) {
        this.description = description;
    }

    /** The next stage, from the widest to the narrowest. */
    public FunnelChart stage(String name, Number value) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A funnel stage needs a name");
        }
        stages.add(new Stage(name, value == null ? 0 : value));
        return this;
    }

    public FunnelChart format(ValueFormat format) {
        this.format = format;
        return this;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public String kind() {
        return "funnel";
    }

    @Override
    public ObjectNode options(ChartContext context) {
        if (stages.isEmpty()) {
            throw new IllegalStateException("A funnel needs at least one stage");
        }
        Locale locale = context.locale();
        double first = stages.getFirst().value().doubleValue();
        var options = Json.object();
        options.putObject("tooltip").put("trigger", "item").put("confine", true)
                .set("formatter", Json.tooltipTextFormatter(true, ": "));
        var funnel = options.putArray("series").addObject().put("type", "funnel").put("sort", "none")
                .put("left", "8%").put("width", "84%").put("top", 36).put("bottom", 8).put("minSize", "30%")
                .put("gap", 3);
        funnel.put("name", description);
        var label = funnel.putObject("label").put("show", true).put("position", "inside").put("color", "#1a1a1a")
                .put("backgroundColor", "rgba(255,255,255,0.88)").put("padding", 4).put("borderRadius", 3)
                .put("lineHeight", 16);
        label.set("formatter", Json.textFormatter(true, "\n"));
        funnel.putObject("itemStyle").put("borderColor", "#ffffff").put("borderWidth", 1);
        var data = funnel.putArray("data");
        for (Stage stage : stages) {
            String value = format.format(stage.value(), locale);
            String text = first == 0 ? value : context.text("chart.funnel.stage", value,
                    ValueFormat.percent(1).format(stage.value().doubleValue() / first, locale));
            data.addObject().put("name", stage.name()).put("value", stage.value().doubleValue()).put("text", text);
        }
        return options;
    }
}
