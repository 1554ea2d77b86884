package com.cartera.analytics.ui;

import com.vaadin.flow.component.html.Paragraph;

/**
 * The place of a figure that a later module brings (CSAT, CAC, receivables), saying so, so that the gap reads as
 * planned rather than broken.
 */
class ReservedSlot extends DashboardCard {

    /** @param coming which module brings the figure, e.g. "CSAT — llega con el módulo de soporte" */
    ReservedSlot(String title, String coming) {
        super(title, null, new Paragraph(coming));
        addClassName("dashboard-card-reserved");
    }
}
