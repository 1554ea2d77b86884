package com.cartera.base.ui.chart;

import java.util.List;

/** A named row of values, one per category; null where there is no value. */
record Series(String name, List<? extends Number> values) {

    Series {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A series needs a name (it is shown in the legend and read out)");
        }
        values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }

    static void sameLength(List<String> categories, Series series) {
        if (series.values().size() != categories.size()) {
            throw new IllegalArgumentException("Series '" + series.name() + "' has " + series.values().size()
                    + " values for " + categories.size() + " categories");
        }
    }
}
