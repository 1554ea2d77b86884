package com.cartera.support.csat.ui;

import com.vaadin.flow.component.Component;

import com.cartera.customer.Customer;
import com.cartera.customer.CustomerSection;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.support.csat.CustomerSatisfaction;

/** The "Satisfaction" tab of the customer 360 page. */
@org.springframework.stereotype.Component
class SatisfactionSection implements CustomerSection {

    private final CustomerSatisfaction satisfaction;
    private final WorkspaceCalendar calendar;

    SatisfactionSection(CustomerSatisfaction satisfaction, WorkspaceCalendar calendar) {
        this.satisfaction = satisfaction;
        this.calendar = calendar;
    }

    @Override
    public String titleKey() {
        return "support.csat.section";
    }

    @Override
    public int order() {
        return 47;
    }

    @Override
    public Component create(Customer customer) {
        return new SatisfactionPanel(satisfaction.of(customer.getId()), satisfaction.answered(customer.getId(), 10),
                calendar.zone());
    }
}
