package com.cartera.analytics.ui;

import com.cartera.customer.WorkspaceCalendar;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The support home. */
@Route("dashboard/support")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT, Role.Names.SUPPORT})
public class SupportDashboardView extends DashboardPage {

    public SupportDashboardView(WorkspaceCalendar calendar, CurrentUser currentUser) {
        super(Dashboard.SUPPORT, PeriodPreset.THIS_MONTH, calendar, currentUser);
    }

    @Override
    protected void show(PeriodChoice choice) {
    }
}
