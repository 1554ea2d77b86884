package com.cartera.base.ui.chart;

import java.util.Locale;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * A key figure as a tile: what it is and for which period, the number written large, and optionally its change
 * against a comparison period and a sparkline of its recent history. The change reads without colour: an arrow,
 * an explicit sign and words for assistive technology; colour (good or bad, depending on whether higher is better)
 * only adds to it. Changes of percentages are in percentage points, other changes relative to the comparison.
 */
@StyleSheet("styles/charts.css")
public class KpiTile extends Div {

    private final Number value;
    private final ValueFormat format;
    final Span label = new Span();
    final Span period = new Span();
    final Span figure = new Span();
    final Div delta = new Div();
    private Chart sparkline;
    private Number previous;
    private String comparisonName;
    private boolean lowerIsBetter;

    public KpiTile(String label, Number value, ValueFormat format) {
        this.value = value;
        this.format = format;
        addClassName("kpi-tile");
        this.label.setText(label);
        this.label.addClassName("kpi-label");
        period.addClassName("kpi-period");
        period.setVisible(false);
        figure.addClassName("kpi-value");
        figure.setText(format.format(value, getLocale()));
        delta.addClassName("kpi-delta");
        delta.setVisible(false);
        add(this.label, period, figure, delta);
    }

    /** The period the figure is for, e.g. "1 ene – 31 mar 2026". */
    public KpiTile period(String text) {
        period.setText(text);
        period.setVisible(text != null && !text.isBlank());
        return this;
    }

    /** Shows the change against {@code previous}, the figure of the period named {@code comparisonName}. */
    public KpiTile comparedWith(Number previous, String comparisonName) {
        this.previous = previous;
        this.comparisonName = comparisonName;
        showDelta();
        return this;
    }

    /** For figures such as churn or days to pay: a rise is shown as bad. */
    public KpiTile lowerIsBetter() {
        this.lowerIsBetter = true;
        showDelta();
        return this;
    }

    /** A small line of the figure's recent history under it. */
    public KpiTile sparkline(Sparkline spec) {
        if (sparkline == null) {
            sparkline = new Chart(spec);
            sparkline.addClassName("kpi-sparkline");
            add(sparkline);
        } else {
            sparkline.setSpec(spec);
        }
        return this;
    }

    public String getValueText() {
        return figure.getText();
    }

    /** The change as read, e.g. "▲ Sube +12,5 % frente a 2025: 3.100 €", or empty without comparison. */
    public String getDeltaText() {
        return delta.isVisible() ? delta.getElement().getTextRecursively() : "";
    }

    public Chart getSparkline() {
        return sparkline;
    }

    private void showDelta() {
        delta.removeAll();
        delta.getClassNames().removeIf(name -> name.startsWith("kpi-delta-"));
        if (previous == null || value == null) {
            delta.setVisible(false);
            return;
        }
        Locale locale = getLocale();
        double change = value.doubleValue() - previous.doubleValue();
        int direction = Double.compare(change, 0);
        String amount;
        if (format.style() == ValueFormat.Style.PERCENT) {
            amount = getTranslation("chart.tile.points", ValueFormat.number(1).format(Math.abs(change) * 100, locale));
        } else if (previous.doubleValue() == 0) {
            amount = format.format(Math.abs(change), locale);
        } else {
            amount = ValueFormat.percent(1).format(Math.abs(change / previous.doubleValue()), locale);
        }
        String sign = direction > 0 ? "+" : direction < 0 ? "\u2212" : "±";
        String arrow = direction > 0 ? "▲" : direction < 0 ? "▼" : "▬";
        var arrowSpan = new Span(arrow);
        arrowSpan.getElement().setAttribute("aria-hidden", "true");
        arrowSpan.addClassName("kpi-arrow");
        // The arrow is a picture: screen readers hear the direction in words instead.
        var words = new Span(getTranslation(direction > 0 ? "chart.tile.up" : direction < 0 ? "chart.tile.down"
                : "chart.tile.same") + " ");
        words.addClassName("kpi-sr-only");
        var changeText = new Span(sign + amount);
        changeText.addClassName("kpi-change");
        var against = new Span(getTranslation("chart.tile.compared", comparisonName, format.format(previous, locale)));
        against.addClassName("kpi-comparison");
        delta.add(arrowSpan, new Span(" "), words, changeText, new Span(" "), against);
        boolean good = lowerIsBetter ? direction < 0 : direction > 0;
        delta.addClassName(direction == 0 ? "kpi-delta-neutral" : good ? "kpi-delta-good" : "kpi-delta-bad");
        delta.setVisible(true);
    }
}
