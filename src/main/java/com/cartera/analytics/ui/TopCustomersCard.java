package com.cartera.analytics.ui;

import com.cartera.base.ui.chart.ValueFormat;
import com.cartera.customer.RevenueConcentration;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** The share of revenue from the top 20 % of customers, and the first of them, each a link to their page. */
class TopCustomersCard extends DashboardCard {

    static final int SHOWN = 8;

    TopCustomersCard(String title, String caption, RevenueConcentration concentration, String currency) {
        super(title, caption);
        var of = concentration.concentration();
        if (of.customers() == 0) {
            var nothing = new Paragraph(getTranslation("dashboard.no-data"));
            nothing.addClassName("dashboard-empty");
            add(nothing);
            return;
        }
        var share = new Span(ValueFormat.percent(1).format(of.topShare(), getLocale()));
        share.addClassName("dashboard-figure");
        add(share, new Span(getTranslation("dashboard.concentration.share", of.topCustomers(), of.customers())));
        var rows = new Div();
        rows.addClassName("dashboard-rows");
        var money = ValueFormat.money(currency, 0);
        for (var customer : concentration.topCustomers(of, 0, SHOWN)) {
            var row = new Div(new Anchor("customers/" + customer.id(), customer.name()),
                    new Span(money.format(customer.revenue(), getLocale())));
            row.addClassName("dashboard-row");
            rows.add(row);
        }
        add(rows);
    }
}
