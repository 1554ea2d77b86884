package com.cartera.activity.ui;

import com.cartera.customer.WorkspaceCalendar;
import com.cartera.activity.FollowUpService;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerSection;
import com.vaadin.flow.component.Component;

/** The "Follow-ups" tab of the customer 360 page. */
@org.springframework.stereotype.Component
class FollowUpsSection implements CustomerSection {

    private final FollowUpService followUpService;
    private final FollowUpDialogs dialogs;
    private final WorkspaceCalendar calendar;

    FollowUpsSection(FollowUpService followUpService, FollowUpDialogs dialogs, WorkspaceCalendar calendar) {
        this.calendar = calendar;
        this.followUpService = followUpService;
        this.dialogs = dialogs;
    }

    @Override
    public String titleKey() {
        return "follow-up.tab";
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public Component create(Customer customer) {
        return new FollowUpsPanel(customer, followUpService, dialogs, calendar.zone());
    }
}
