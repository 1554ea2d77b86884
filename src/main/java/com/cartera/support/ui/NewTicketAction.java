package com.cartera.support.ui;

import java.util.List;

import com.cartera.customer.Customer;
import com.cartera.customer.CustomerPageAction;
import com.cartera.support.TicketService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;

/** "Nueva incidencia" on the customer 360 page's top bar, for support and admin. */
@org.springframework.stereotype.Component
class NewTicketAction implements CustomerPageAction {

    private final TicketService tickets;

    NewTicketAction(TicketService tickets) {
        this.tickets = tickets;
    }

    @Override
    public List<Component> create(Customer customer, Runnable changed) {
        if (!tickets.canWrite()) {
            return List.of();
        }
        var button = new Button(VaadinIcon.LIFEBUOY.create());
        button.setText(button.getTranslation("support.ticket.new"));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClassName("new-ticket-action");
        long customerId = customer.getId();
        button.addClickListener(e -> UI.getCurrent().navigate(NewTicketView.class,
                QueryParameters.of("customer", String.valueOf(customerId))));
        return List.of(button);
    }
}
