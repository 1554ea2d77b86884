package com.cartera.analytics.ui;

import java.text.NumberFormat;

import com.cartera.support.QueueCount;
import com.cartera.support.SupportFigures.TicketList;
import com.cartera.support.TicketQueueRow;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * A list of tickets on the support home (my open tickets, breaching soon, unassigned): how many, the first few with
 * links to them, and the count opening the matching queue.
 */
class TicketListCard extends DashboardCard {

    static final int SHOWN = 5;

    final Anchor figure = new Anchor();
    final Div rows = new Div();

    /** @param queue the queue's query string on {@code /support}, e.g. {@code queue=mine} */
    TicketListCard(String title, String caption, TicketList tickets, String queue, String id) {
        super(title, caption);
        QueueCount count = tickets.count();
        String counted = NumberFormat.getIntegerInstance(getLocale()).format(count.value());
        figure.setText(count.more() ? getTranslation("support.home.more-than", counted) : counted);
        figure.setHref("support?" + queue);
        figure.setId(id);
        figure.addClassNames("dashboard-figure", "dashboard-figure-link");
        figure.getElement().setAttribute("title", getTranslation("support.home.open-queue"));
        add(figure);
        if (tickets.first().isEmpty()) {
            var none = new Paragraph(getTranslation("support.home.none"));
            none.addClassName("dashboard-empty");
            add(none);
            return;
        }
        rows.addClassName("dashboard-rows");
        for (TicketQueueRow ticket : tickets.first()) {
            var link = new Anchor("support/tickets/" + ticket.id(), "#" + ticket.id() + " " + ticket.subject());
            var row = new Div(link, new Span(getTranslation("support.queue.priority." + ticket.priority())));
            row.addClassName("dashboard-row");
            rows.add(row);
        }
        add(rows);
    }
}
