package com.cartera.support.ui;

import java.util.List;

import com.cartera.customer.Customer;
import com.cartera.support.SupportSignals;
import com.cartera.support.TicketService;
import com.cartera.support.TicketSummary;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A customer's tickets on the 360 page: how many incidents are open, the open cases with links, the latest
 * resolved or closed ones, and "Nueva incidencia" for support and admin.
 */
class CustomerTicketsPanel extends VerticalLayout {

    static final int SHOWN = 20;

    final Span openIncidents = new Span();
    final Div openTickets = new Div();
    final Div recentTickets = new Div();
    final Anchor newTicket = new Anchor();

    CustomerTicketsPanel(Customer customer, TicketService tickets, SupportSignals signals) {
        addClassName("customer-tickets");
        setPadding(false);
        if (!tickets.canRead()) {
            add(new Paragraph(getTranslation("support.ticket.tab.not-allowed")));
            return;
        }
        long customerId = customer.getId();
        openIncidents.setText(getTranslation("support.ticket.tab.open-incidents", signals.openIncidents(customerId)));
        openIncidents.getElement().getThemeList().add("badge");
        newTicket.setText(getTranslation("support.ticket.new"));
        newTicket.setHref("support/tickets/new?customer=" + customerId);
        newTicket.setVisible(tickets.canWrite());
        List<TicketSummary> all = tickets.ofCustomer(customerId, false, SHOWN);
        List<TicketSummary> open = all.stream().filter(ticket -> ticket.status().isOpen()).toList();
        List<TicketSummary> done = all.stream().filter(ticket -> !ticket.status().isOpen()).toList();
        if (open.isEmpty()) {
            openTickets.add(new Paragraph(getTranslation("support.ticket.tab.none")));
        }
        open.forEach(ticket -> openTickets.add(row(ticket)));
        done.forEach(ticket -> recentTickets.add(row(ticket)));
        add(openIncidents, newTicket, new H4(getTranslation("support.ticket.tab.open-tickets")), openTickets);
        if (!done.isEmpty()) {
            add(new H4(getTranslation("support.ticket.tab.recent")), recentTickets);
        }
    }

    private Div row(TicketSummary ticket) {
        var link = new Anchor("support/tickets/" + ticket.id(), ticket.number() + " " + ticket.subject());
        var facts = new Span(" · " + getTranslation("support.ticket.tab.row", TicketLabels.label(this, ticket.type()),
                TicketLabels.label(this, ticket.status()), TicketLabels.label(this, ticket.priority())));
        facts.getStyle().set("color", "var(--lumo-secondary-text-color)");
        var row = new Div(link, facts);
        row.addClassName("customer-ticket");
        return row;
    }
}
