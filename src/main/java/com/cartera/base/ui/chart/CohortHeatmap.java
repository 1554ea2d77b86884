package com.cartera.base.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import tools.jackson.databind.node.ObjectNode;

/**
 * Cohort retention: one row per cohort (month of first purchase), one column per month since, each cell the
 * share (0 to 1) of the cohort that bought in that month. The colour scale has its legend; every cell also
 * writes its value, and a cell of the running month is marked incomplete (an asterisk and a dashed edge), with
 * a note saying so under the chart.
 */
public final class CohortHeatmap implements ChartSpec {

    private record Row(String cohort, List<Double> shares, boolean lastIncomplete) {
    }

    private static final int ROW_HEIGHT = 30;

    private final String description;
    private final List<Row> rows = new ArrayList<>();

    CohortHeatmap(String description) {
        this.description = description;
    }

    /**
     * A cohort's row: {@code shares.get(k)} for month k since the first purchase (null where there is no value
     * yet); {@code lastIncomplete} when its last cell is the running month.
     */
    public CohortHeatmap cohort(String cohort, List<Double> shares, boolean lastIncomplete) {
        if (cohort == null || cohort.isBlank()) {
            throw new IllegalArgumentException("A cohort needs a name");
        }
        for (Double share : shares) {
            if (share != null && (share < 0 || share > 1)) {
                throw new IllegalArgumentException("Cohort '" + cohort + "': a share goes from 0 to 1, not " + share);
            }
        }
        rows.add(new Row(cohort, java.util.Collections.unmodifiableList(new ArrayList<>(shares)), lastIncomplete));
        return this;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public String kind() {
        return "heatmap";
    }

    @Override
    public Optional<String> height() {
        return Optional.of((rows.size() * ROW_HEIGHT + 150) + "px");
    }

    @Override
    public ObjectNode options(ChartContext context) {
        Locale locale = context.locale();
        int months = rows.stream().mapToInt(row -> row.shares().size()).max().orElse(0);
        List<String> columns = new ArrayList<>();
        for (int month = 0; month < months; month++) {
            columns.add(Integer.toString(month));
        }
        ValueFormat cell = ValueFormat.percent(0);
        ValueFormat exact = ValueFormat.percent(1);
        boolean anyIncomplete = rows.stream().anyMatch(Row::lastIncomplete);

        var options = Json.object();
        options.putObject("grid").put("left", 4).put("right", 8).put("top", 56).put("bottom",
                anyIncomplete ? 52 : 32).put("containLabel", true);
        options.putObject("tooltip").put("trigger", "item").put("confine", true)
                .set("formatter", Json.tooltipTextFormatter(false, ""));
        var xAxis = Axes.categoryAxis(columns, context.text("chart.cohort.months-since"), true);
        xAxis.putObject("splitArea").put("show", true);
        options.set("xAxis", xAxis);
        var yAxis = Axes.categoryAxis(rows.stream().map(Row::cohort).toList(), null, true).put("inverse", true);
        options.set("yAxis", yAxis);
        var visualMap = options.putObject("visualMap").put("type", "continuous").put("min", 0)
                .put("max", 1).put("calculable", false).put("orient", "horizontal").put("left", 0).put("top", 0)
                .put("itemHeight", 160).put("itemWidth", 12);
        visualMap.set("text", Json.array().add(cell.format(1, locale)).add(cell.format(0, locale)));
        visualMap.putObject("inRange").set("color", Json.strings(List.of("#f0f6fb", "#9ecae1", "#3182bd",
                "#08306b")));
        if (anyIncomplete) {
            options.putObject("title").put("text", context.text("chart.cohort.incomplete")).put("left", 0)
                    .put("bottom", 2).put("padding", 0).putObject("textStyle").put("fontSize", 12)
                    .put("fontWeight", "normal").put("color", "#4a5560");
        }
        var heatmap = options.putArray("series").addObject().put("type", "heatmap").put("name", description);
        heatmap.putObject("label").put("show", true).put("fontSize", 11);
        // The colour scale is one hue from light to dark and every cell writes its value: decal patterns would only
        // make the numbers harder to read.
        // (ECharts 5.3 wants a decal object here: one that draws no symbol.)
        heatmap.putObject("itemStyle").put("borderColor", "#ffffff").put("borderWidth", 1).putObject("decal")
                .put("symbol", "none");
        var data = heatmap.putArray("data");
        for (int row = 0; row < rows.size(); row++) {
            Row cohort = rows.get(row);
            for (int month = 0; month < cohort.shares().size(); month++) {
                Double share = cohort.shares().get(month);
                if (share == null) {
                    continue;
                }
                boolean incomplete = cohort.lastIncomplete() && month == cohort.shares().size() - 1;
                var item = data.addObject();
                item.putArray("value").add(month).add(row).add(share);
                item.put("text", context.text(incomplete ? "chart.cohort.cell.incomplete" : "chart.cohort.cell",
                        cohort.cohort(), month, exact.format(share, locale)));
                // The cell's own text (a percentage the server wrote, no template braces in it).
                item.putObject("label").put("formatter", cell.format(share, locale) + (incomplete ? "*" : ""))
                        .put("color", share > 0.45 ? "#ffffff" : "#1a1a1a");
                if (incomplete) {
                    item.putObject("itemStyle").put("borderColor", "#1a1a1a").put("borderType", "dashed")
                            .put("borderWidth", 2);
                }
            }
        }
        // On a phone the cells are too narrow for their numbers: the colours and the tooltip tell them there.
        var narrow = options.putArray("media").addObject();
        narrow.putObject("query").put("maxWidth", 520);
        narrow.putObject("option").putArray("series").addObject().putObject("label").put("show", false);
        return options;
    }
}
