/**
 * Charts on Apache ECharts for every module's dashboards: {@link com.cartera.base.ui.chart.Chart} with the
 * kinds built by {@link com.cartera.base.ui.chart.Charts}, and {@link com.cartera.base.ui.chart.KpiTile}.
 * Exposed to the other modules as the named interface {@code chart} of module {@code base}.
 */
@NamedInterface("chart")
package com.cartera.base.ui.chart;

import org.springframework.modulith.NamedInterface;
