package com.cartera.analytics.ui;

import com.cartera.customer.WorkspaceCalendar;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The sales home. */
@Route("dashboard/sales")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT, Role.Names.SALES})
public class SalesDashboardView extends DashboardPage {

    public SalesDashboardView(WorkspaceCalendar calendar, CurrentUser currentUser) {
        super(Dashboard.SALES, PeriodPreset.THIS_MONTH, calendar, currentUser);
    }

    @Override
    protected void show(PeriodChoice choice) {
    }
}
