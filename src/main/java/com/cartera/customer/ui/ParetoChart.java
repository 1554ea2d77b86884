package com.cartera.customer.ui;

import java.util.List;
import java.util.Locale;

import com.cartera.customer.RevenueConcentration.CurvePoint;

/**
 * The Pareto curve of revenue as an SVG drawing: customers from the most valuable on the x axis, their
 * cumulative share of revenue on the y axis, the line of perfect equality for comparison and a marker at
 * the top 20 %. Drawn on the server, so no charting library (and no licence) is needed.
 */
final class ParetoChart {

    /** The texts of the chart, already translated. */
    record Labels(String title, String description, String xAxis, String yAxis, String equality) {
    }

    static final int WIDTH = 640;
    static final int HEIGHT = 380;
    private static final int LEFT = 64;
    private static final int RIGHT = 24;
    private static final int TOP = 24;
    private static final int BOTTOM = 56;
    private static final int PLOT_WIDTH = WIDTH - LEFT - RIGHT;
    private static final int PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;

    private ParetoChart() {
    }

    /**
     * @param curve     points from (0, 0) to (1, 1); shares from 0 to 1
     * @param highlight the customer share to mark (0.2), with the revenue share it brings
     */
    static String svg(List<CurvePoint> curve, double highlight, double highlightRevenue, Labels labels,
                      Locale locale) {
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"pareto-title pareto-desc\" class=\"pareto-chart\">");
        svg.append("<title id=\"pareto-title\">").append(escape(labels.title())).append("</title>");
        svg.append("<desc id=\"pareto-desc\">").append(escape(labels.description())).append("</desc>");
        grid(svg, locale);
        svg.append(line(x(0), y(0), x(1), y(1), "pareto-equality"));
        svg.append(text(x(1) - 4, y(1) + 40, "end", "pareto-legend", labels.equality()));
        if (!curve.isEmpty()) {
            svg.append("<polyline class=\"pareto-curve\" fill=\"none\" points=\"");
            for (CurvePoint point : curve) {
                svg.append(coordinate(x(point.customerShare()))).append(',')
                        .append(coordinate(y(point.revenueShare()))).append(' ');
            }
            svg.setLength(svg.length() - 1);
            svg.append("\"/>");
            svg.append(line(x(highlight), y(0), x(highlight), y(highlightRevenue), "pareto-marker"));
            svg.append(line(x(0), y(highlightRevenue), x(highlight), y(highlightRevenue), "pareto-marker"));
            svg.append("<circle class=\"pareto-point\" r=\"5\" cx=\"").append(coordinate(x(highlight)))
                    .append("\" cy=\"").append(coordinate(y(highlightRevenue))).append("\"/>");
            svg.append(text(x(highlight) + 8, y(highlightRevenue) + 18, "start", "pareto-callout",
                    Figures.wholePercent(highlight, locale) + " → " + Figures.percent(highlightRevenue, locale)));
        }
        svg.append(text(LEFT + PLOT_WIDTH / 2.0, HEIGHT - 12, "middle", "pareto-axis-label", labels.xAxis()));
        svg.append("<text class=\"pareto-axis-label\" text-anchor=\"middle\" transform=\"translate(16 ")
                .append(coordinate(TOP + PLOT_HEIGHT / 2.0)).append(") rotate(-90)\">").append(escape(labels.yAxis()))
                .append("</text>");
        return svg.append("</svg>").toString();
    }

    /** Axes with a tick and a faint grid line every 20 %. */
    private static void grid(StringBuilder svg, Locale locale) {
        for (int step = 0; step <= 5; step++) {
            double share = step / 5.0;
            String tick = Figures.wholePercent(share, locale);
            svg.append(line(x(0), y(share), x(1), y(share), step == 0 ? "pareto-axis" : "pareto-grid"));
            svg.append(text(x(0) - 8, y(share) + 4, "end", "pareto-tick", tick));
            svg.append(line(x(share), y(0), x(share), y(1), step == 0 ? "pareto-axis" : "pareto-grid"));
            svg.append(text(x(share), y(0) + 20, "middle", "pareto-tick", tick));
        }
    }

    static double x(double share) {
        return LEFT + share * PLOT_WIDTH;
    }

    static double y(double share) {
        return TOP + (1 - share) * PLOT_HEIGHT;
    }

    private static String line(double x1, double y1, double x2, double y2, String cssClass) {
        return "<line class=\"" + cssClass + "\" x1=\"" + coordinate(x1) + "\" y1=\"" + coordinate(y1) + "\" x2=\""
                + coordinate(x2) + "\" y2=\"" + coordinate(y2) + "\"/>";
    }

    private static String text(double x, double y, String anchor, String cssClass, String content) {
        return "<text class=\"" + cssClass + "\" text-anchor=\"" + anchor + "\" x=\"" + coordinate(x) + "\" y=\""
                + coordinate(y) + "\">" + escape(content) + "</text>";
    }

    /** SVG coordinates always with a dot and at most one decimal, whatever the UI language. */
    static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
