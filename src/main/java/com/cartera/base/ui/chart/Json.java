package com.cartera.base.ui.chart;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Small helpers for writing ECharts options as Jackson trees. */
final class Json {

    private Json() {
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    static ArrayNode strings(List<String> values) {
        var array = array();
        values.forEach(array::add);
        return array;
    }

    /** Numbers, with a gap (null) where a value is missing: ECharts leaves the point out. */
    static ArrayNode numbers(List<? extends Number> values) {
        var array = array();
        for (Number value : values) {
            if (value == null) {
                array.addNull();
            } else {
                array.add(value.doubleValue());
            }
        }
        return array;
    }

    /** A formatter described as data, turned into a function by cartera-chart.js (so nothing is evaluated). */
    static ObjectNode formatter(ObjectNode spec) {
        return object().set("$format", spec);
    }

    /** Shows the {@code text} the server wrote into each data item, optionally after the item's name. */
    static ObjectNode textFormatter(boolean withName, String separator) {
        return formatter(textSpec(withName, separator));
    }

    /** The same for a tooltip, which ECharts writes as HTML: escaped, so a name can never be markup. */
    static ObjectNode tooltipTextFormatter(boolean withName, String separator) {
        return formatter(textSpec(withName, separator).put("html", true));
    }

    private static ObjectNode textSpec(boolean withName, String separator) {
        var spec = object().put("text", true);
        if (withName) {
            spec.put("name", true).put("separator", separator);
        }
        return spec;
    }

    static String write(ObjectNode node) {
        return JsonMapper.shared().writeValueAsString(node);
    }
}
