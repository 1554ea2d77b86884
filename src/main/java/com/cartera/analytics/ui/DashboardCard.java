package com.cartera.analytics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

/** One figure or chart of a dashboard with its title and the period (or moment) it is for. */
public class DashboardCard extends Div {

    final H3 title;
    final Span caption = new Span();

    public DashboardCard(String title, String caption, Component... content) {
        this.title = new H3(title);
        addClassName("dashboard-card");
        this.title.addClassName("dashboard-card-title");
        this.caption.addClassName("dashboard-card-caption");
        this.caption.setText(caption == null ? "" : caption);
        this.caption.setVisible(caption != null && !caption.isBlank());
        add(this.title, this.caption);
        add(content);
    }

    /** Spans the whole width of the dashboard (long charts and lists). */
    public DashboardCard wide() {
        addClassName("dashboard-card-wide");
        return this;
    }

    public String heading() {
        return title.getText();
    }
}
