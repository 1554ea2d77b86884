package com.cartera.analytics.ui;

import java.util.Set;
import java.util.UUID;

import com.cartera.customer.AlertColour;
import com.cartera.customer.CustomerFilter;
import com.cartera.customer.CustomerService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The health of an agent's (or the team's) portfolio now: how many customers carry each follow-up alert colour,
 * each colour named in words as well.
 */
class PortfolioHealthCard extends DashboardCard {

    PortfolioHealthCard(String title, CustomerService customers, UUID owner) {
        super(title, null);
        CustomerFilter mine = owner == null ? CustomerFilter.NONE : CustomerFilter.NONE.withOwners(Set.of(owner), false);
        var rows = new Div();
        rows.addClassName("dashboard-rows");
        for (AlertColour colour : AlertColour.values()) {
            var dot = new Span();
            dot.addClassNames("alert-dot", "alert-dot-" + colour.name());
            dot.getElement().setAttribute("aria-hidden", "true");
            var label = new Span(dot, new Span(getTranslation("dashboard.health." + colour.name())));
            label.addClassName("alert-count");
            var count = new Span(String.valueOf(customers.count(mine.withAlerts(Set.of(colour)))));
            count.setId("health-" + colour.name());
            var row = new Div(label, count);
            row.addClassName("dashboard-row");
            rows.add(row);
        }
        add(rows);
    }
}
