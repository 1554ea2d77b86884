package com.cartera.analytics.ui;

import com.cartera.activity.FollowUpService;
import com.cartera.activity.RecentInteractions;
import com.cartera.analytics.Period;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.cartera.support.CsatFigures;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The support home: the customers with the latest contacts of the period, today's follow-ups of the person signed
 * in, and the places of tickets and CSAT, which the support module brings.
 */
@Route("dashboard/support")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT, Role.Names.SUPPORT})
public class SupportDashboardView extends DashboardPage {

    private final WorkspaceCalendar calendar;
    private final FollowUpService followUps;
    private final CurrentUser currentUser;
    private final RecentInteractions recentInteractions;
    private final CsatFigures csat;

    public SupportDashboardView(WorkspaceCalendar calendar, CurrentUser currentUser, FollowUpService followUps,
                                RecentInteractions recentInteractions, CsatFigures csat, DashboardTools tools) {
        super(Dashboard.SUPPORT, PeriodPreset.THIS_MONTH, calendar, currentUser, tools);
        this.calendar = calendar;
        this.followUps = followUps;
        this.currentUser = currentUser;
        this.recentInteractions = recentInteractions;
        this.csat = csat;
    }

    @Override
    protected void show(PeriodChoice choice) {
        addCard(new RecentInteractionsCard(getTranslation("dashboard.recent"), recentInteractions, choice.period(),
                calendar.zone()).wide());
        addCard(new AgendaTodayCard(getTranslation("dashboard.agenda"), followUps, currentUser.require().userId(),
                        calendar.today(), calendar.zone()),
                new ReservedSlot(getTranslation("dashboard.tickets"), getTranslation("dashboard.tickets.coming")),
                csatCard(choice.period()));
    }

    /** CSAT with its response rate against the previous period, month by month, and how the ratings spread. */
    private DashboardCard csatCard(Period period) {
        return new CsatCard(getTranslation("support.csat.card"), period, csat.of(period.from(), period.to()),
                csat.of(period.previous().from(), period.previous().to()))
                .withTrend(csat.trend(period.from().withDayOfMonth(1).minusMonths(11), period.to()))
                .withDistribution(csat.distribution(period.from(), period.to()))
                .wide();
    }
}
