package com.cartera.activity.ui;

import com.cartera.customer.WorkspaceCalendar;
import com.cartera.activity.InteractionService;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerSection;
import com.cartera.security.TeamDirectory;
import com.vaadin.flow.component.Component;

/** The "Interactions" tab of the customer 360 page. */
@org.springframework.stereotype.Component
class InteractionsSection implements CustomerSection {

    private final InteractionService interactionService;
    private final TeamDirectory teamDirectory;
    private final WorkspaceCalendar calendar;

    InteractionsSection(InteractionService interactionService, TeamDirectory teamDirectory, WorkspaceCalendar calendar) {
        this.calendar = calendar;
        this.interactionService = interactionService;
        this.teamDirectory = teamDirectory;
    }

    @Override
    public String titleKey() {
        return "interaction.tab";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Component create(Customer customer) {
        return new InteractionsPanel(customer, interactionService, teamDirectory, calendar.zone());
    }
}
