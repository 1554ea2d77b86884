package com.cartera.analytics.ui;

import java.time.Duration;

import com.cartera.analytics.Period;
import com.cartera.support.SupportFigures.TimeFigures;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * First-response and resolution times of the period, median and 90th percentile, in calendar time (the hours of the
 * clock, nights and weekends included), each opening the tickets it was measured on.
 */
class TicketTimesCard extends DashboardCard {

    final Div firstResponse;
    final Div resolution;

    TicketTimesCard(String title, TimeFigures firstResponseTimes, TimeFigures resolutionTimes, Period period) {
        super(title, null);
        caption.setText(getTranslation("support.home.times.caption"));
        caption.setVisible(true);
        String range = "&from=" + period.from() + "&to=" + period.lastDay();
        firstResponse = line("support.home.times.first-response", firstResponseTimes,
                "support?queue=all" + range);
        firstResponse.setId("first-response-times");
        resolution = line("support.home.times.resolution", resolutionTimes,
                "support?queue=all&status=RESOLVED,CLOSED" + range);
        resolution.setId("resolution-times");
        add(firstResponse, resolution);
    }

    private Div line(String key, TimeFigures figures, String href) {
        var name = new Anchor(href, getTranslation(key));
        String values = figures.tickets() == 0 ? getTranslation("support.home.times.none")
                : getTranslation("support.home.times.values", span(figures.median()), span(figures.p90()),
                        figures.tickets());
        var row = new Div(name, new Span(values));
        // The figures are long ("mediana 3 h · p90 2 d · 27 incidencias"): they go under the name, never over it.
        row.addClassNames("dashboard-row", "dashboard-row-wrapping");
        return row;
    }

    /** "3 h 20 min", "2 d 4 h", "12 min". */
    String span(Duration duration) {
        long minutes = Math.round(duration.toSeconds() / 60.0);
        if (minutes < 60) {
            return getTranslation("support.home.minutes", minutes);
        }
        if (minutes < 48 * 60) {
            return getTranslation("support.home.hours", minutes / 60, minutes % 60);
        }
        return getTranslation("support.home.days", minutes / (24 * 60), minutes / 60 % 24);
    }
}
