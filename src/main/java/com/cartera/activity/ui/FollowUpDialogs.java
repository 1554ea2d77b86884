package com.cartera.activity.ui;

import java.util.function.Consumer;

import com.cartera.customer.WorkspaceCalendar;
import com.cartera.activity.FollowUp;
import com.cartera.activity.FollowUpService;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerService;
import com.cartera.security.CurrentUser;
import com.cartera.security.TeamDirectory;
import org.springframework.stereotype.Component;

/** Opens the follow-up dialog with the services it needs, from the customer's page or the agenda. */
@Component
class FollowUpDialogs {

    private final FollowUpService followUpService;
    private final CustomerService customerService;
    private final TeamDirectory teamDirectory;
    private final CurrentUser currentUser;
    private final WorkspaceCalendar calendar;

    FollowUpDialogs(FollowUpService followUpService, CustomerService customerService, TeamDirectory teamDirectory,
                    CurrentUser currentUser, WorkspaceCalendar calendar) {
        this.followUpService = followUpService;
        this.calendar = calendar;
        this.customerService = customerService;
        this.teamDirectory = teamDirectory;
        this.currentUser = currentUser;
    }

    /** Schedules a follow-up with {@code customer} (null: the person picks one). */
    FollowUpDialog schedule(Customer customer, Consumer<FollowUp> onChanged) {
        return open(customer, null, onChanged);
    }

    /** Shows a follow-up, editable by its assignee and managers while open; it is read again first. */
    FollowUpDialog show(FollowUp followUp, Consumer<FollowUp> onChanged) {
        FollowUp current = followUpService.find(followUp.getId()).orElse(followUp);
        return open(null, current, onChanged);
    }

    private FollowUpDialog open(Customer customer, FollowUp followUp, Consumer<FollowUp> onChanged) {
        var dialog = new FollowUpDialog(customer, followUp, followUpService, customerService, teamDirectory,
                currentUser, calendar.zone(), onChanged);
        dialog.open();
        return dialog;
    }
}
