package com.cartera.base.ui.chart;

import java.util.List;
import java.util.Locale;

import tools.jackson.databind.node.ObjectNode;

/** The parts that charts on axes share: plot area, legend, category and value axes, readable on a phone. */
final class Axes {

    /** Room under the legend (moved down by cartera-chart.js when the legend wraps) and above the plot. */
    static final int GAP_BELOW_LEGEND = 12;
    /** Room for a value axis' name written above the axis. */
    static final int AXIS_NAME_ROOM = 24;

    private Axes() {
    }

    /** The plot fills the chart; labels are kept inside it ({@code containLabel}) so none is cut off. */
    static ObjectNode grid(ObjectNode options, boolean valueAxisNamed, boolean categoryAxisNamed) {
        return options.putObject("grid").put("left", 4).put("right", 8)
                .put("top", GAP_BELOW_LEGEND + (valueAxisNamed ? AXIS_NAME_ROOM : 0))
                .put("bottom", categoryAxisNamed ? 28 : 4).put("containLabel", true);
    }

    /** A legend at the top that wraps onto more lines on a narrow screen, clear of the download icon. */
    static void legend(ObjectNode options) {
        options.putObject("legend").put("type", "plain").put("top", 0).put("left", 0).put("right", 32)
                .put("itemGap", 14);
    }

    static ObjectNode categoryAxis(List<String> categories, String name, boolean boundaryGap) {
        var axis = Json.object().put("type", "category").put("boundaryGap", boundaryGap);
        axis.set("data", Json.strings(categories));
        // ECharts leaves out labels that would overlap instead of writing them over each other.
        axis.putObject("axisLabel").put("hideOverlap", true).put("overflow", "truncate").put("width", 96);
        axis.putObject("axisTick").put("alignWithLabel", true);
        if (name != null) {
            axis.put("name", name).put("nameLocation", "middle").put("nameGap", 30);
        }
        return axis;
    }

    static ObjectNode valueAxis(ValueFormat format, Locale locale, String name) {
        var axis = Json.object().put("type", "value");
        axis.putObject("axisLabel").set("formatter", format.axisFormatter(locale));
        if (format.style() == ValueFormat.Style.NUMBER && format.fractionDigits() == 0) {
            // Whole numbers are counts: a tick at "1,5 answers" reads as nonsense.
            axis.put("minInterval", 1);
        }
        if (name != null) {
            axis.put("name", name).put("nameLocation", "end").put("nameGap", 12);
            axis.putObject("nameTextStyle").put("align", "left");
        }
        return axis;
    }

    /** A tooltip for the whole category under the pointer, values in the chart's format. */
    static void axisTooltip(ObjectNode options, ValueFormat format, Locale locale, String pointer) {
        var tooltip = options.putObject("tooltip").put("trigger", "axis").put("confine", true);
        tooltip.set("valueFormatter", format.formatter(locale));
        tooltip.putObject("axisPointer").put("type", pointer);
    }
}
