package com.cartera.support.ui;

import com.cartera.customer.Customer;
import com.cartera.customer.CustomerSection;
import com.cartera.support.SupportSignals;
import com.cartera.support.TicketService;
import com.vaadin.flow.component.Component;

/** The "Incidencias" tab of the customer 360 page. */
@org.springframework.stereotype.Component
class TicketsSection implements CustomerSection {

    private final TicketService tickets;
    private final SupportSignals signals;

    TicketsSection(TicketService tickets, SupportSignals signals) {
        this.tickets = tickets;
        this.signals = signals;
    }

    @Override
    public String titleKey() {
        return "support.ticket.tab";
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public Component create(Customer customer) {
        return new CustomerTicketsPanel(customer, tickets, signals);
    }
}
