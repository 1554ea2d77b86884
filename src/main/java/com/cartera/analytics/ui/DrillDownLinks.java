package com.cartera.analytics.ui;

import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;

import com.cartera.analytics.DrillDown;
import com.cartera.analytics.FunnelStage;
import com.cartera.analytics.KpiCount;
import com.cartera.analytics.Period;
import com.cartera.customer.CustomerList;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;

/**
 * Opens the customers behind a figure in the customer grid ({@code /customers?list=<id>}), where their count is the
 * figure's. Win rate and the pipeline's amounts are about opportunities, not customers: they have no drill-down here
 * (the pipeline board shows them).
 */
final class DrillDownLinks {

    /** The grid's route and the query parameter naming the list. */
    static final String CUSTOMERS = "customers";
    static final String LIST = "list";

    private final DrillDown drillDown;
    private final UUID owner;

    /** Drill-down into the figures of {@code owner} (null: the whole workspace). */
    DrillDownLinks(DrillDown drillDown, UUID owner) {
        this.drillDown = drillDown;
        this.owner = owner;
    }

    /** Makes {@code target} open the customers {@code which} counts in {@code period}, by click or by Enter. */
    void link(Div target, KpiCount which, Period period, String label) {
        target.addClassName("drill-down");
        target.getElement().setAttribute("role", "link");
        target.getElement().setAttribute("tabindex", "0");
        target.getElement().setAttribute("title", target.getTranslation("drill-down.open"));
        target.addClickListener(event -> open(which, period, label));
        target.getElement().addEventListener("keydown", event -> open(which, period, label))
                .setFilter("event.key === '" + Key.ENTER.getKeys().getFirst() + "'");
    }

    void open(KpiCount which, Period period, String label) {
        show(drillDown.behind(period, which, owner, label));
    }

    void openFunnel(FunnelStage stage, Period period, String label) {
        show(drillDown.funnelStage(period, stage, owner, label));
    }

    void openCohort(YearMonth cohort, int monthsSince, String label) {
        show(drillDown.cohortCell(cohort, monthsSince, label));
    }

    private static void show(CustomerList list) {
        UI.getCurrent().navigate(CUSTOMERS, QueryParameters.simple(Map.of(LIST, list.id().toString())));
    }
}
