package com.cartera.analytics.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.cartera.base.ui.chart.Chart;
import com.cartera.base.ui.chart.Charts;
import com.cartera.base.ui.chart.ValueFormat;
import com.cartera.support.SupportFigures.BacklogPoint;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;

/** Open tickets at the end of each day (or week) of the period, as a line; the title opens today's open tickets. */
class TicketBacklogCard extends DashboardCard {

    Chart chart;

    TicketBacklogCard(String title, List<BacklogPoint> points) {
        super(title, null);
        caption.setText(getTranslation("support.home.backlog.caption"));
        caption.setVisible(true);
        if (points.isEmpty()) {
            var none = new Paragraph(getTranslation("support.home.none"));
            none.addClassName("dashboard-empty");
            add(none);
            return;
        }
        var days = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(getLocale());
        chart = new Chart(Charts.trend(getTranslation("support.home.backlog.description"))
                .categories(points.stream().map(p -> days.format(p.day())).toList())
                .series(getTranslation("support.home.backlog.open"), points.stream().map(BacklogPoint::open).toList())
                .area()
                .format(ValueFormat.integer()));
        chart.setWidthFull();
        add(chart, new Anchor("support?queue=all&status=open", getTranslation("support.home.backlog.link")));
    }
}
