package com.cartera.analytics.ui;

import java.util.Map;
import java.util.UUID;

import com.cartera.activity.ContactCadence;
import com.cartera.activity.ContactCadence.Overdue;
import com.cartera.customer.CustomersWithoutContact.Found;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;

/**
 * The customers of an agent (or the team) without contact beyond their tier's cadence: how many, the few longest
 * without contact, and the count opening exactly those in the customer grid.
 */
class WithoutContactCard extends DashboardCard {

    static final int SHOWN = 5;

    final Div figure = new Div();
    final Div names = new Div();

    /** @param owner one agent's customers, or null for the team's (a salesperson always gets their own) */
    WithoutContactCard(String title, ContactCadence cadence, UUID owner) {
        super(title, null);
        Overdue overdue = cadence.overdue(owner, SHOWN);
        caption.setText(getTranslation("dashboard.no-contact.caption"));
        caption.setVisible(true);
        figure.setText(String.valueOf(overdue.count()));
        figure.setId("no-contact-count");
        figure.addClassName("dashboard-figure");
        add(figure);
        if (overdue.count() == 0) {
            var none = new Paragraph(getTranslation("dashboard.no-contact.none"));
            none.addClassName("dashboard-empty");
            add(none);
            return;
        }
        String label = getTranslation("dashboard.no-contact.list");
        figure.addClassNames("drill-down", "dashboard-figure-link");
        figure.getElement().setAttribute("role", "link");
        figure.getElement().setAttribute("tabindex", "0");
        figure.getElement().setAttribute("title", getTranslation("drill-down.open"));
        figure.addClickListener(event -> open(cadence, owner, label));
        figure.getElement().addEventListener("keydown", event -> open(cadence, owner, label))
                .setFilter("event.key === '" + Key.ENTER.getKeys().getFirst() + "'");
        names.addClassName("dashboard-rows");
        for (Found customer : overdue.first()) {
            var row = new Div(new Anchor("customers/" + customer.id(), customer.name()));
            row.addClassName("dashboard-row");
            names.add(row);
        }
        add(names);
    }

    void open(ContactCadence cadence, UUID owner, String label) {
        UI.getCurrent().navigate(DrillDownLinks.CUSTOMERS, QueryParameters.simple(Map.of(DrillDownLinks.LIST,
                cadence.asList(owner, label).id().toString())));
    }
}
