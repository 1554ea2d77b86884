package com.cartera.customer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import com.cartera.customer.RevenueConcentration.CurvePoint;
import org.junit.jupiter.api.Test;

class ParetoChartTest {

    private static final ParetoChart.Labels LABELS = new ParetoChart.Labels("Curva <80/20>", "El 20 % & más",
            "Clientes", "Ingresos", "Igualdad");
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void plotsSharesInsideThePlotAreaWithTheBestCustomersFirst() {
        // The plot spans x 64..616 and y 24..324 (640 × 380 less the margins).
        assertThat(ParetoChart.x(0)).isEqualTo(64);
        assertThat(ParetoChart.x(1)).isEqualTo(616);
        assertThat(ParetoChart.y(0)).isEqualTo(324);
        assertThat(ParetoChart.y(1)).isEqualTo(24);

        String svg = ParetoChart.svg(List.of(new CurvePoint(0, 0), new CurvePoint(0.5, 0.75), new CurvePoint(1, 1)),
                0.2, 0.345455, LABELS, SPANISH);

        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 380\" role=\"img\"")
                .endsWith("</svg>")
                .contains("points=\"64.0,324.0 340.0,99.0 616.0,24.0\"")
                // The marker at 20 % of customers: x = 64 + 0.2 × 552, y = 24 + (1 − 0.345455) × 300.
                .contains("<circle class=\"pareto-point\" r=\"5\" cx=\"174.4\" cy=\"220.4\"/>")
                // Spanish writes a (non-breaking) space before the percent sign.
                .contains(">20\u00a0% → 34,5\u00a0%</text>")
                .contains(">0\u00a0%</text>", ">20\u00a0%</text>", ">100\u00a0%</text>");
    }

    @Test
    void textsAreEscapedAndNamedForAssistiveTechnology() {
        String svg = ParetoChart.svg(List.of(), 0.2, 0, LABELS, SPANISH);

        assertThat(svg).contains("aria-labelledby=\"pareto-title pareto-desc\"")
                .contains("<title id=\"pareto-title\">Curva &lt;80/20&gt;</title>")
                .contains("<desc id=\"pareto-desc\">El 20 % &amp; más</desc>")
                .contains(">Clientes</text>", ">Ingresos</text>", ">Igualdad</text>")
                .doesNotContain("<polyline", "<circle");
    }

    @Test
    void coordinatesUseADotWhateverTheLanguage() {
        assertThat(ParetoChart.coordinate(174.44)).isEqualTo("174.4");
    }
}
