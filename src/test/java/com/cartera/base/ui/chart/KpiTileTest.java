package com.cartera.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** KPI tiles: the figure in the UI language, and its change told by arrow, sign and words, not colour alone. */
@CarteraIntegrationTest
class KpiTileTest extends KaribuTest {

    @BeforeEach
    void spanish() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
    }

    @Test
    void aRiseIsShownWithArrowSignWordsAndTheComparisonFigure() {
        var tile = new KpiTile("Ingresos", 1234.5, ValueFormat.money("EUR", 2))
                .period("1 ene – 31 mar 2026")
                .comparedWith(1097.33, "mismo trimestre de 2025");

        assertThat(tile.label.getText()).isEqualTo("Ingresos");
        assertThat(tile.period.getText()).isEqualTo("1 ene – 31 mar 2026");
        assertThat(tile.getValueText()).isEqualTo("1.234,50\u00a0€");
        assertThat(tile.getDeltaText())
                .isEqualTo("▲ Sube +12,5\u00a0% frente a mismo trimestre de 2025: 1.097,33\u00a0€");
        assertThat(tile.delta.getClassNames()).contains("kpi-delta-good");
    }

    @Test
    void aFallInAFigureWhereLowerIsBetterIsGoodAndSharesChangeInPoints() {
        var churn = new KpiTile("Tasa de abandono", 0.042, ValueFormat.percent(1))
                .comparedWith(0.051, "trimestre anterior").lowerIsBetter();

        assertThat(churn.getValueText()).isEqualTo("4,2\u00a0%");
        assertThat(churn.getDeltaText()).isEqualTo("▼ Baja \u22120,9 p. p. frente a trimestre anterior: 5,1\u00a0%");
        assertThat(churn.delta.getClassNames()).contains("kpi-delta-good").doesNotContain("kpi-delta-bad");

        var flat = new KpiTile("Clientes nuevos", 40, ValueFormat.integer()).comparedWith(40, "2025");
        assertThat(flat.getDeltaText()).isEqualTo("▬ Sin cambios ±0,0\u00a0% frente a 2025: 40");
        assertThat(flat.delta.getClassNames()).contains("kpi-delta-neutral");
    }

    @Test
    void withoutComparisonThereIsNoChangeAndASparklineIsAChartWithItsOwnDescription() {
        var tile = new KpiTile("Clientes activos", 3120, ValueFormat.integer())
                .sparkline(Charts.sparkline("Clientes activos de enero a marzo: de 2.900 a 3.120")
                        .values(List.of("ene", "feb", "mar"), List.of(2900, 3010, 3120)));

        assertThat(tile.getValueText()).isEqualTo("3.120");
        assertThat(tile.getDeltaText()).isEmpty();
        assertThat(tile.delta.isVisible()).isFalse();
        assertThat(tile.getSparkline().getElement().getAttribute("aria-label"))
                .isEqualTo("Clientes activos de enero a marzo: de 2.900 a 3.120");
    }
}
