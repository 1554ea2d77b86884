package com.cartera.analytics.ui;

import com.cartera.customer.WorkspaceCalendar;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The management home. */
@Route("dashboard")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT})
public class ManagementDashboardView extends DashboardPage {

    public ManagementDashboardView(WorkspaceCalendar calendar, CurrentUser currentUser) {
        super(Dashboard.MANAGEMENT, PeriodPreset.LAST_12_MONTHS, calendar, currentUser);
    }

    @Override
    protected void show(PeriodChoice choice) {
    }
}
