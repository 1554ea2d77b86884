package com.cartera.analytics.ui;

import com.cartera.customer.WorkspaceCalendar;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The finance home. */
@Route("dashboard/finance")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT, Role.Names.FINANCE})
public class FinanceDashboardView extends DashboardPage {

    public FinanceDashboardView(WorkspaceCalendar calendar, CurrentUser currentUser) {
        super(Dashboard.FINANCE, PeriodPreset.YEAR_TO_DATE, calendar, currentUser);
    }

    @Override
    protected void show(PeriodChoice choice) {
    }
}
