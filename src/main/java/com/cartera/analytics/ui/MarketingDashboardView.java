package com.cartera.analytics.ui;

import com.cartera.customer.WorkspaceCalendar;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The marketing home. */
@Route("dashboard/marketing")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT, Role.Names.MARKETING})
public class MarketingDashboardView extends DashboardPage {

    public MarketingDashboardView(WorkspaceCalendar calendar, CurrentUser currentUser) {
        super(Dashboard.MARKETING, PeriodPreset.LAST_12_MONTHS, calendar, currentUser);
    }

    @Override
    protected void show(PeriodChoice choice) {
    }
}
