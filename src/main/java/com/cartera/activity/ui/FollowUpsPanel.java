package com.cartera.activity.ui;

import java.time.Instant;
import java.time.ZoneId;

import com.cartera.activity.FollowUp;
import com.cartera.activity.FollowUpService;
import com.cartera.customer.Customer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

/**
 * A customer's follow-ups, open ones first, paged from the database. Who may log interactions with the
 * customer schedules them here; clicking one shows it, to edit, complete or cancel when it is theirs.
 */
class FollowUpsPanel extends VerticalLayout {

    final Button schedule = new Button();
    final Grid<FollowUp> grid = new Grid<>();

    private final Customer customer;
    private final FollowUpDialogs dialogs;

    FollowUpsPanel(Customer customer, FollowUpService followUpService, FollowUpDialogs dialogs, ZoneId zone) {
        this.customer = customer;
        this.dialogs = dialogs;
        addClassName("follow-ups-panel");
        setPadding(false);
        setSizeFull();

        schedule.setText(getTranslation("follow-up.schedule"));
        schedule.setIcon(VaadinIcon.CALENDAR_CLOCK.create());
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        schedule.addClickListener(e -> openScheduleDialog());
        schedule.setVisible(followUpService.canSchedule(customer));

        var times = FollowUpFormat.dateTime(getLocale(), zone);
        grid.addColumn(f -> times.format(f.getDueAt())).setHeader(getTranslation("follow-up.due"))
                .setAutoWidth(true).setFlexGrow(0).setKey("due");
        grid.addColumn(f -> FollowUpFormat.kind(this, f)).setHeader(getTranslation("follow-up.kind"))
                .setAutoWidth(true).setFlexGrow(0).setKey("kind");
        grid.addColumn(f -> FollowUpFormat.status(this, f)).setHeader(getTranslation("follow-up.status"))
                .setAutoWidth(true).setFlexGrow(0).setKey("status");
        grid.addColumn(f -> f.getAssignee().getDisplayName()).setHeader(getTranslation("follow-up.assignee"))
                .setAutoWidth(true).setFlexGrow(0).setKey("assignee");
        grid.addColumn(f -> f.getOpportunity() == null ? "" : f.getOpportunity().getTitle())
                .setHeader(getTranslation("follow-up.opportunity")).setAutoWidth(true).setKey("opportunity");
        grid.addColumn(FollowUp::getNotes).setHeader(getTranslation("follow-up.notes")).setFlexGrow(1).setKey("notes");
        grid.setPartNameGenerator(f -> f.isOverdue(Instant.now()) ? "overdue" : f.isOpen() ? null : "closed");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("follow-up.empty"));
        grid.setItems(query -> followUpService.ofCustomer(customer.getId(),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) followUpService.countOfCustomer(customer.getId()));
        grid.addItemClickListener(e -> openDialog(e.getItem()));

        var toolbar = new HorizontalLayout(schedule);
        toolbar.setWidthFull();
        toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
        add(toolbar, grid);
        setFlexGrow(1, grid);
    }

    FollowUpDialog openScheduleDialog() {
        return dialogs.schedule(customer, changed -> grid.getDataProvider().refreshAll());
    }

    FollowUpDialog openDialog(FollowUp followUp) {
        return dialogs.show(followUp, changed -> grid.getDataProvider().refreshAll());
    }
}
