package com.cartera.base.ui.chart;

import java.util.Locale;

/** What a chart's options are written for: the UI language, and the chart texts translated into it. */
public interface ChartContext {

    Locale locale();

    /** The translation of {@code key} (keys under {@code chart.}) with its parameters. */
    String text(String key, Object... parameters);
}
