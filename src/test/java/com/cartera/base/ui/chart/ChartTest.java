package com.cartera.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Java side of the charts: the options sent to ECharts, the description, the click events. */
@CarteraIntegrationTest
class ChartTest extends KaribuTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @BeforeEach
    void spanish() {
        UI.getCurrent().setLocale(SPANISH);
    }

    private static JsonNode options(Chart chart) {
        return JsonMapper.shared().readTree(chart.getOptionsJson());
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    @Test
    void everyChartIsDescribedPatternedAndDownloadable() {
        var chart = new Chart(Charts.trend("Clientes activos por mes en 2026, frente a 2025: suben un 12 %.")
                .categories(List.of("ene", "feb", "mar"))
                .series("2026", List.of(120, 130, 150))
                .comparison("2025", java.util.Arrays.asList(110, 118, null))
                .format(ValueFormat.money("EUR", 2))
                .area());
        UI.getCurrent().add(chart);
        JsonNode options = options(chart);

        String description = "Clientes activos por mes en 2026, frente a 2025: suben un 12 %.";
        assertThat(chart.getElement().getAttribute("role")).isEqualTo("img");
        assertThat(chart.getElement().getAttribute("aria-label")).isEqualTo(description);
        assertThat(chart.getElement().getProperty("options")).isEqualTo(chart.getOptionsJson());
        assertThat(options.at("/aria/enabled").asBoolean()).isTrue();
        assertThat(options.at("/aria/label/description").asString()).isEqualTo(description);
        assertThat(options.at("/aria/decal/show").asBoolean()).isTrue();
        assertThat(options.at("/toolbox/feature/saveAsImage/title").asString()).isEqualTo("Descargar como imagen PNG");
        assertThat(options.at("/toolbox/feature/saveAsImage/name").asString()).isEqualTo("grafico");
        assertThat(strings(options.at("/color"))).hasSize(8).startsWith("#0072B2");
        assertThat(chart.getElement().getClassList()).contains("chart-trend");

        // The comparison is dashed and has its own point shape; the missing value stays a gap.
        assertThat(options.at("/series/0/lineStyle/type").asString()).isEqualTo("solid");
        assertThat(options.at("/series/0/areaStyle").isObject()).isTrue();
        assertThat(options.at("/series/1/name").asString()).isEqualTo("2025");
        assertThat(options.at("/series/1/lineStyle/type").asString()).isEqualTo("dashed");
        assertThat(options.at("/series/1/symbol").asString()).isNotEqualTo(options.at("/series/0/symbol").asString());
        assertThat(options.at("/series/1/data/2").isNull()).isTrue();
        assertThat(strings(options.at("/xAxis/data"))).containsExactly("ene", "feb", "mar");
        assertThat(options.at("/legend/top").asInt()).isZero();

        // Numbers are written in the page by Intl.NumberFormat, in Spanish, grouping thousands ("1.234,50 €").
        JsonNode tooltip = options.at("/tooltip/valueFormatter/$format");
        assertThat(tooltip.at("/locale").asString()).isEqualTo("es");
        assertThat(tooltip.at("/number/style").asString()).isEqualTo("currency");
        assertThat(tooltip.at("/number/currency").asString()).isEqualTo("EUR");
        assertThat(tooltip.at("/number/useGrouping").asString()).isEqualTo("always");
        assertThat(tooltip.at("/number/maximumFractionDigits").asInt()).isEqualTo(2);
        assertThat(options.at("/yAxis/axisLabel/formatter/$format/number/notation").asString()).isEqualTo("compact");
        // No function or script travels as text.
        assertThat(chart.getOptionsJson()).doesNotContain("function", "=>", "<script");
    }

    @Test
    void aChartWithoutDescriptionIsRefused() {
        assertThatThrownBy(() -> Charts.funnel(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("description");
        assertThatThrownBy(() -> Charts.trend(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Chart(Charts.trend("Ventas").categories(List.of("ene", "feb"))
                .series("2026", List.of(1)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 values for 2 categories");
    }

    @Test
    void aClickOnAPointReachesTheListenerWithWhatWasClicked() {
        var chart = new Chart(Charts.stackedBars("Ingresos por canal y mes")
                .categories(List.of("ene", "feb"))
                .series("Tienda", List.of(10, 20))
                .series("Web", List.of(5, 7)));
        UI.getCurrent().add(chart);
        List<Chart.PointClickEvent> clicks = new ArrayList<>();
        chart.addPointClickListener(clicks::add);

        var data = JsonMapper.shared().createObjectNode()
                .put("event.detail.seriesName", "Web")
                .put("event.detail.dataIndex", 1)
                .put("event.detail.name", "feb")
                .put("event.detail.value", 7.0);
        ElementUtilsKt._fireDomEvent(chart.getElement(), new DomEvent(chart.getElement(), "chart-point-click", data));

        assertThat(clicks).singleElement().satisfies(click -> {
            assertThat(click.getSeriesName()).isEqualTo("Web");
            assertThat(click.getDataIndex()).isEqualTo(1);
            assertThat(click.getName()).isEqualTo("feb");
            assertThat(click.getValue()).isEqualTo(7.0);
            assertThat(click.getSource()).isSameAs(chart);
        });
        JsonNode options = options(chart);
        assertThat(options.at("/series/0/stack").asString()).isEqualTo(options.at("/series/1/stack").asString());
        // Counts have whole ticks only.
        assertThat(options.at("/yAxis/minInterval").asInt()).isEqualTo(1);
    }

    @Test
    void partsThatStandForTheRestAreGreySoThePalettesColoursStayWithTheNamedOnes() {
        var chart = new Chart(Charts.stackedBars("Leads por origen y mes")
                .categories(List.of("ene", "feb"))
                .series("Web", List.of(10, 20))
                .restSeries("Otros orígenes", List.of(3, 4))
                .restSeries("Sin origen", List.of(1, 2)));

        JsonNode options = options(chart);
        assertThat(options.at("/series/0/itemStyle/color").isMissingNode()).isTrue();
        assertThat(options.at("/series/1/itemStyle/color").asString()).isEqualTo("#8C8C8C");
        assertThat(options.at("/series/2/itemStyle/color").asString()).isEqualTo("#C4C4C4");
        assertThat(options.at("/series/2/name").asString()).isEqualTo("Sin origen");
    }

    @Test
    void theFunnelLabelsEachStageWithItsShareOfTheFirst() {
        var chart = new Chart(Charts.funnel("Embudo: 1.250 contactos, 400 prospectos, 100 clientes activos")
                .stage("Contactos", 1250).stage("Prospectos", 400).stage("Activos", 100));
        JsonNode options = options(chart);

        assertThat(options.at("/series/0/type").asString()).isEqualTo("funnel");
        assertThat(options.at("/series/0/sort").asString()).isEqualTo("none");
        assertThat(options.at("/series/0/data/0/text").asString())
                .isEqualTo("1.250 · 100,0\u00a0% de la primera etapa");
        assertThat(options.at("/series/0/data/2/name").asString()).isEqualTo("Activos");
        assertThat(options.at("/series/0/data/2/text").asString()).isEqualTo("100 · 8,0\u00a0% de la primera etapa");
        // Labels are drawn on the canvas; the tooltip is HTML, so the page escapes what it writes there.
        assertThat(options.at("/tooltip/formatter/$format/html").asBoolean()).isTrue();
        assertThat(options.at("/series/0/label/formatter/$format/html").isMissingNode()).isTrue();
    }

    @Test
    void theCohortHeatmapMarksTheRunningMonthAndHasAScale() {
        var chart = new Chart(Charts.cohortHeatmap("Retención por cohorte de primera compra, 2026")
                .cohort("ene 2026", List.of(1.0, 0.4, 0.25), false)
                .cohort("feb 2026", List.of(1.0, 0.3), true));
        JsonNode options = options(chart);

        assertThat(chart.getHeight()).isEqualTo("210px");
        assertThat(strings(options.at("/yAxis/data"))).containsExactly("ene 2026", "feb 2026");
        assertThat(options.at("/yAxis/inverse").asBoolean()).isTrue();
        assertThat(strings(options.at("/xAxis/data"))).containsExactly("0", "1", "2");
        assertThat(options.at("/xAxis/name").asString()).isEqualTo("Meses desde la primera compra");
        assertThat(options.at("/visualMap/min").asInt()).isZero();
        assertThat(options.at("/visualMap/max").asInt()).isEqualTo(1);
        assertThat(options.at("/title/text").asString()).isEqualTo("* Mes en curso: aún incompleto.");
        JsonNode cells = options.at("/series/0/data");
        assertThat(cells.size()).isEqualTo(5);
        JsonNode complete = cells.get(2);
        assertThat(complete.at("/label/formatter").asString()).isEqualTo("25\u00a0%");
        assertThat(complete.at("/text").asString()).isEqualTo("Cohorte ene 2026, mes 2: 25,0\u00a0%");
        JsonNode running = cells.get(4);
        assertThat(running.at("/value/0").asInt()).isEqualTo(1);
        assertThat(running.at("/value/1").asInt()).isEqualTo(1);
        assertThat(running.at("/label/formatter").asString()).isEqualTo("30\u00a0%*");
        assertThat(running.at("/itemStyle/borderType").asString()).isEqualTo("dashed");
        assertThat(running.at("/text").asString()).contains("mes en curso, incompleto");
        assertThat(options.at("/tooltip/formatter/$format/html").asBoolean()).isTrue();
        // On a phone the cells drop their numbers (colour and tooltip remain).
        assertThat(options.at("/media/0/query/maxWidth").asInt()).isEqualTo(520);
    }

    @Test
    void theGaugeAndTheSparklineAreDescribedToo() {
        var gauge = new Chart(Charts.gauge("Tasa de retención del trimestre: 87,5 %").value(0.875)
                .name("Retención"));
        assertThat(options(gauge).at("/series/0/detail/formatter/$format/number/style").asString())
                .isEqualTo("percent");
        assertThat(gauge.getElement().getAttribute("aria-label")).isEqualTo("Tasa de retención del trimestre: 87,5 %");

        var sparkline = new Chart(Charts.sparkline("Ingresos de los últimos 3 meses: suben")
                .values(List.of("ene", "feb", "mar"), List.of(1, 2, 3)));
        assertThat(options(sparkline).has("toolbox")).isFalse();
        assertThat(options(sparkline).at("/aria/label/description").asString())
                .isEqualTo("Ingresos de los últimos 3 meses: suben");
    }

    @Test
    void inEnglishNumbersAndTextsFollowTheLanguage() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        var chart = new Chart(Charts.pareto("Revenue by customer band").bars("Revenue", List.of("A", "B"),
                List.of(3, 1)));
        JsonNode options = options(chart);

        assertThat(chart.getElement().getAttribute("locale")).isEqualTo("EN");
        assertThat(options.at("/toolbox/feature/saveAsImage/title").asString()).isEqualTo("Download as PNG image");
        assertThat(options.at("/series/1/name").asString()).isEqualTo("Cumulative");
        assertThat(options.at("/series/1/yAxisIndex").asInt()).isEqualTo(1);
        assertThat(options.at("/series/1/data/0").asDouble()).isEqualTo(0.75);
        assertThat(options.at("/series/1/data/1").asDouble()).isEqualTo(1.0);
        assertThat(options.at("/yAxis/1/max").asInt()).isEqualTo(1);
        assertThat(options.at("/yAxis/1/axisLabel/formatter/$format/locale").asString()).isEqualTo("en");
    }

    @Test
    void theLibraryTheChartLoadsIsInTheJar() {
        for (String url : List.of(Chart.ECHARTS, Chart.ECHARTS_SPANISH)) {
            String path = "/META-INF/resources/" + url.substring("context://".length());
            assertThat(Chart.class.getResource(path)).as(path).isNotNull();
        }
    }
}
