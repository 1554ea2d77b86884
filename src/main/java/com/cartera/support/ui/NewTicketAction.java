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
        // Icon only: the customer page's top bar is narrow on a phone; the tickets tab has the same action in words.
        var button = new Button(VaadinIcon.LIFEBUOY.create());
        String text = button.getTranslation("support.ticket.new");
        button.setTooltipText(text);
        button.setAriaLabel(text);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClassName("new-ticket-action");
        long customerId = customer.getId();
        button.addClickListener(e -> UI.getCurrent().navigate(NewTicketView.class,
                QueryParameters.of("customer", String.valueOf(customerId))));
        return List.of(button);
    }
}
