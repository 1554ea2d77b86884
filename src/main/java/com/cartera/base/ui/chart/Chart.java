package com.cartera.base.ui.chart;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.shared.Registration;
import tools.jackson.databind.node.ObjectNode;

/**
 * A chart drawn in the browser by Apache ECharts, from options built in Java ({@link ChartSpec}, see
 * {@link Charts}); callers never pass JavaScript. Every chart carries its description for assistive technology
 * (ECharts' {@code aria} label on the chart, and {@code role="img"} with the same {@code aria-label} from the
 * server), decal patterns so series are told apart without colour, a colour-blind-safe palette, numbers in the
 * UI language and a PNG download. It follows the size of its container, and clicks on a point reach
 * {@link #addPointClickListener} so dashboards can drill down.
 *
 * <p>ECharts comes from the {@code org.webjars.npm:echarts} jar and is loaded by the page as plain scripts
 * ({@code context://} URLs are served as they are, not bundled), so Vaadin's pre-compiled bundle still serves
 * and the build needs no Node.js. The browser side is {@code frontend/scripts/cartera-chart.js}.
 */
@Tag("cartera-chart")
@JavaScript(Chart.ECHARTS)
@JavaScript(Chart.ECHARTS_SPANISH)
@JavaScript("context://scripts/cartera-chart.js")
@StyleSheet("styles/charts.css")
public class Chart extends Component implements HasSize, HasStyle {

    /** Must follow the version of {@code org.webjars.npm:echarts} in the pom. */
    static final String ECHARTS_VERSION = "5.3.1";
    static final String ECHARTS = "context://webjars/echarts/" + ECHARTS_VERSION + "/dist/echarts.min.js";
    static final String ECHARTS_SPANISH = "context://webjars/echarts/" + ECHARTS_VERSION + "/i18n/langES.js";

    /** Okabe and Ito's palette, told apart with the common kinds of colour blindness. */
    static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
            "#F0E442", "#000000");

    private ChartSpec spec;
    private String optionsJson;
    private String fileName;

    public Chart(ChartSpec spec) {
        setSpec(spec);
    }

    /** Shows other data (or another kind of chart) in place. */
    public final void setSpec(ChartSpec spec) {
        Objects.requireNonNull(spec, "spec");
        String description = Charts.described(spec.description());
        if (this.spec != null) {
            getElement().getClassList().remove("chart-" + this.spec.kind());
        }
        this.spec = spec;
        getElement().getClassList().add("chart-" + spec.kind());
        spec.height().ifPresent(this::setHeight);
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", description);
        Locale locale = getLocale();
        getElement().setAttribute("locale", "es".equals(locale.getLanguage()) ? "ES" : "EN");
        optionsJson = Json.write(options(spec, locale));
        getElement().setProperty("options", optionsJson);
    }

    public ChartSpec getSpec() {
        return spec;
    }

    /** The description read by assistive technology. */
    public String getDescription() {
        return spec.description();
    }

    /** The ECharts options sent to the browser, as JSON. */
    public String getOptionsJson() {
        return optionsJson;
    }

    /** The name of the downloaded PNG file, without extension; "grafico" ("chart") by default. */
    public void setFileName(String fileName) {
        this.fileName = fileName;
        setSpec(spec);
    }

    /** Downloads the chart as it is drawn now as a PNG file (for a button: the chart's own icon is mouse-only). */
    public void downloadPng() {
        getElement().callJsFunction("downloadPng", downloadName());
    }

    /** Clicks on a bar, point, cell or stage, with what was clicked. */
    public Registration addPointClickListener(ComponentEventListener<PointClickEvent> listener) {
        return addListener(PointClickEvent.class, listener);
    }

    private ObjectNode options(ChartSpec spec, Locale locale) {
        ChartContext context = new ComponentContext(locale);
        ObjectNode options = spec.options(context);
        var aria = options.putObject("aria").put("enabled", true);
        aria.putObject("label").put("enabled", true).put("description", spec.description());
        aria.putObject("decal").put("show", true);
        options.set("color", Json.strings(PALETTE));
        if (spec.downloadable()) {
            var toolbox = options.putObject("toolbox").put("show", true).put("right", 0).put("top", 0)
                    .put("itemSize", 16);
            toolbox.putObject("feature").putObject("saveAsImage")
                    .put("title", getTranslation("chart.download"))
                    .put("name", downloadName())
                    .put("pixelRatio", 2)
                    .put("backgroundColor", "#ffffff");
        }
        return options;
    }

    private String downloadName() {
        return fileName == null || fileName.isBlank() ? getTranslation("chart.file-name") : fileName;
    }

    /** The chart's texts come from the application's translations. */
    private final class ComponentContext implements ChartContext {

        private final Locale locale;

        private ComponentContext(Locale locale) {
            this.locale = locale;
        }

        @Override
        public Locale locale() {
            return locale;
        }

        @Override
        public String text(String key, Object... parameters) {
            return getTranslation(locale, key, parameters);
        }
    }

    /**
     * A click on a data point: the series' name, the point's index in its series, its category or name (a
     * stage, a cohort) and its value (for a heatmap cell, the cell's value); null where the chart has none.
     */
    @DomEvent("chart-point-click")
    public static class PointClickEvent extends ComponentEvent<Chart> {

        private final String seriesName;
        private final int dataIndex;
        private final String name;
        private final Double value;

        public PointClickEvent(Chart source, boolean fromClient,
                               @EventData("event.detail.seriesName") String seriesName,
                               @EventData("event.detail.dataIndex") int dataIndex,
                               @EventData("event.detail.name") String name,
                               @EventData("event.detail.value") Double value) {
            super(source, fromClient);
            this.seriesName = seriesName;
            this.dataIndex = dataIndex;
            this.name = name;
            this.value = value;
        }

        public String getSeriesName() {
            return seriesName;
        }

        public int getDataIndex() {
            return dataIndex;
        }

        public String getName() {
            return name;
        }

        public Double getValue() {
            return value;
        }
    }
}
