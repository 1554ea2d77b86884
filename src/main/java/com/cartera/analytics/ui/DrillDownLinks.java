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

    /** Makes {@code target} run {@code open} by click or by Enter, marked as a link to the customers behind it. */
    static void linked(Div target, Runnable open) {
        target.addClickListener(event -> open.run());
        linkedByKey(target, open);
    }

    static void linked(com.vaadin.flow.component.html.Span target, Runnable open) {
        target.addClickListener(event -> open.run());
        linkedByKey(target, open);
    }

    private static void linkedByKey(com.vaadin.flow.component.HtmlContainer target, Runnable open) {
        target.addClassName("drill-down");
        target.getElement().setAttribute("role", "link");
        target.getElement().setAttribute("tabindex", "0");
        target.getElement().setAttribute("title", target.getTranslation("drill-down.open"));
        target.getElement().addEventListener("keydown", event -> open.run())
                .setFilter("event.key === '" + Key.ENTER.getKeys().getFirst() + "'");
    }

    /** Opens the customers acquired in {@code period} with that first source and credited campaign (null: any). */
    void openAcquired(Period period, Long sourceId, Long campaignId, String label) {
        show(drillDown.acquired(period, sourceId, campaignId, label));
    }

    /** Opens the leads created in {@code period} (with that source and campaign), the converted ones or all. */
    void openLeads(Period period, Long sourceId, Long campaignId, boolean convertedOnly, String label) {
        show(drillDown.leads(period, sourceId, campaignId, convertedOnly, label));
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
