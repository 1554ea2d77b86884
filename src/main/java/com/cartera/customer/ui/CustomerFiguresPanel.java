package com.cartera.customer.ui;

import java.time.LocalDate;
import java.util.Locale;

import com.cartera.customer.CustomerFigures;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The customer's purchase figures, RFM scores and tier as a row of tiles. */
class CustomerFiguresPanel extends Div {

    final Span firstPurchase = new Span();
    final Span lastPurchase = new Span();
    final Span daysSinceLastPurchase = new Span();
    final Span purchaseCount = new Span();
    final Span averageDaysBetween = new Span();
    final Span averageOrderValue = new Span();
    final Span historicalClv = new Span();
    final Span rfm = new Span();
    final Span rfmSegment = new Span();
    final Span tier = new Span();

    CustomerFiguresPanel() {
        addClassName("customer-figures");
        add(tile("figures.first-purchase", firstPurchase), tile("figures.last-purchase", lastPurchase),
                tile("figures.days-since", daysSinceLastPurchase), tile("figures.purchase-count", purchaseCount),
                tile("figures.average-interval", averageDaysBetween), tile("figures.average-order", averageOrderValue),
                tile("figures.historical-clv", historicalClv), tile("figures.rfm", rfm),
                tile("figures.rfm-segment", rfmSegment), tile("figures.tier", tier));
    }

    void show(CustomerFigures figures, String currency, LocalDate today) {
        Locale locale = getLocale();
        firstPurchase.setText(Formats.date(figures.firstPurchase(), locale));
        lastPurchase.setText(Formats.date(figures.lastPurchase(), locale));
        var idle = figures.daysSinceLastPurchase(today);
        daysSinceLastPurchase.setText(idle.isPresent() ? getTranslation("figures.days", idle.getAsLong()) : Formats.NONE);
        purchaseCount.setText(String.valueOf(figures.purchaseCount()));
        averageDaysBetween.setText(figures.averageDaysBetweenPurchases()
                .map(days -> getTranslation("figures.days", days)).orElse(Formats.NONE));
        averageOrderValue.setText(figures.averageOrderValue()
                .map(amount -> Formats.money(amount, currency, locale)).orElse(Formats.NONE));
        historicalClv.setText(Formats.money(figures.historicalClv(), currency, locale));
        if (figures.rfmComputed()) {
            rfm.setText(getTranslation("figures.rfm.scores", figures.rfmRecency(), figures.rfmFrequency(),
                    figures.rfmMonetary()));
        } else {
            rfm.setText(getTranslation("figures.not-computed"));
        }
        rfmSegment.setText(figures.rfmSegment() == null ? getTranslation("figures.not-computed")
                : getTranslation("rfm.segment." + figures.rfmSegment()));
        tier.setText(figures.tier() == null ? Formats.NONE : Formats.label(this, figures.tier())
                + (figures.tierOverridden() ? " · " + getTranslation("tier.manual") : ""));
    }

    private Div tile(String labelKey, Span value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("figure-label");
        value.addClassName("figure-value");
        var tile = new Div(label, value);
        tile.addClassName("figure");
        return tile;
    }
}
