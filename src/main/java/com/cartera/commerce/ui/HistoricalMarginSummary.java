package com.cartera.commerce.ui;

import java.math.BigDecimal;

import com.cartera.commerce.CustomerMargin;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * "Historical CLV as margin": what the customer's purchases left after the cost of their products, over the lines
 * whose cost is known, with the share of revenue that had a known cost. Support time and discounts given outside
 * the price are not counted yet.
 */
class HistoricalMarginSummary extends Div {

    final Span margin = new Span();
    final Span coverage = new Span();

    HistoricalMarginSummary(CustomerMargin figures, String currency) {
        addClassName("historical-margin");
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs) var(--lumo-space-m)")
                .set("align-items", "baseline");
        var label = new Span(getTranslation("customer-margin.title"));
        label.getStyle().set("font-weight", "600");
        if (figures.revenueWithCost().signum() == 0) {
            margin.setText(getTranslation("customer-margin.unknown"));
        } else {
            margin.setText(MoneyFormat.format(figures.margin(), currency, getLocale()) + " ("
                    + ProductCostPanel.percent(figures.marginRate().orElse(null), getLocale()) + ")");
            if (figures.margin().signum() < 0) {
                margin.getStyle().set("color", "var(--lumo-error-text-color)");
            }
        }
        coverage.setText(getTranslation("customer-margin.coverage",
                ProductCostPanel.percent(figures.costKnownShare().orElse(BigDecimal.ZERO), getLocale()),
                MoneyFormat.format(figures.revenue(), currency, getLocale())));
        coverage.addClassName("value-note");
        var note = new Span(getTranslation("customer-margin.note"));
        note.addClassName("value-note");
        add(label, margin, coverage, note);
    }
}
