package com.cartera.finance.ui;

import java.time.LocalDate;

import com.cartera.finance.Ageing;
import com.cartera.finance.AgeingBucket;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The workspace's five ageing buckets and their total; each bucket opens its invoices as of the same day. */
class AgeingTiles extends Div {

    AgeingTiles() {
        addClassName("ageing-tiles");
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
    }

    void show(Ageing ageing, Money money) {
        removeAll();
        for (AgeingBucket bucket : AgeingBucket.values()) {
            var link = new Anchor(invoicesHref(ageing.asOf(), bucket), "");
            link.add(tile(getTranslation("finance.ageing." + bucket.name()), money.format(ageing.get(bucket))));
            link.getElement().setAttribute("aria-label", getTranslation("finance.receivables.open-bucket",
                    getTranslation("finance.ageing." + bucket.name())));
            link.addClassName("ageing-bucket-" + bucket.name().toLowerCase());
            // Two tiles a row on a phone, all six in one row on a desktop.
            link.getStyle().set("flex", "1 1 9rem");
            add(link);
        }
        var total = tile(getTranslation("finance.ageing.total"), money.format(ageing.total()));
        total.getStyle().set("flex", "1 1 9rem");
        add(total);
    }

    /** The invoice list narrowed to one bucket as of a day (finance's invoices view reads these parameters). */
    static String invoicesHref(LocalDate asOf, AgeingBucket bucket) {
        return "finance/invoices?asOf=" + asOf + "&bucket=" + bucket.name();
    }

    private static Div tile(String label, String amount) {
        var name = new Span(label);
        name.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        var value = new Span(amount);
        value.addClassName("ageing-amount");
        value.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        var tile = new Div(name, value);
        tile.getStyle().set("display", "flex").set("flex-direction", "column").set("min-width", "7rem")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)");
        return tile;
    }
}
