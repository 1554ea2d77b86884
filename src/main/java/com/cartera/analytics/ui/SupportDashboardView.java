package com.cartera.analytics.ui;

import com.cartera.activity.FollowUpService;
import com.cartera.activity.RecentInteractions;
import com.cartera.analytics.Period;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.cartera.support.CsatFigures;
import com.cartera.support.SupportFigures;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The support home: the person's open tickets, those breaching their service level soon and the unassigned ones,
 * first-response and resolution times, tickets by category and the backlog of the period (from the support module,
 * each opening the matching queue), the customers with the latest contacts of the period, today's follow-ups of the
 * person signed in, and the place of CSAT.
 */
@Route("dashboard/support")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT, Role.Names.SUPPORT})
public class SupportDashboardView extends DashboardPage {

    private final WorkspaceCalendar calendar;
    private final FollowUpService followUps;
    private final CurrentUser currentUser;
    private final RecentInteractions recentInteractions;
    private final CsatFigures csat;
    private final SupportFigures tickets;

    public SupportDashboardView(WorkspaceCalendar calendar, CurrentUser currentUser, FollowUpService followUps,
                                RecentInteractions recentInteractions, CsatFigures csat, SupportFigures tickets,
                                DashboardTools tools) {
        super(Dashboard.SUPPORT, PeriodPreset.THIS_MONTH, calendar, currentUser, tools);
        this.calendar = calendar;
        this.followUps = followUps;
        this.currentUser = currentUser;
        this.recentInteractions = recentInteractions;
        this.csat = csat;
        this.tickets = tickets;
    }

    @Override
    protected void show(PeriodChoice choice) {
        var period = choice.period();
        addCard(new TicketListCard(getTranslation("support.home.mine"), null,
                        tickets.myOpen(TicketListCard.SHOWN), "queue=mine", "my-open-tickets"),
                new TicketListCard(getTranslation("support.home.breaching"),
                        getTranslation("support.home.breaching.caption"), tickets.breaching(TicketListCard.SHOWN),
                        "queue=breaching", "breaching-tickets"),
                new TicketListCard(getTranslation("support.home.unassigned"), null,
                        tickets.unassigned(TicketListCard.SHOWN), "queue=unassigned", "unassigned-tickets"),
                new TicketTimesCard(getTranslation("support.home.times"),
                        tickets.firstResponse(period.from(), period.to()),
                        tickets.resolution(period.from(), period.to()), period),
                new TicketCategoryCard(getTranslation("support.home.categories"),
                        tickets.byCategory(period.from(), period.to()), period),
                new TicketBacklogCard(getTranslation("support.home.backlog"),
                        tickets.backlog(period.from(), period.to())));
        addCard(new RecentInteractionsCard(getTranslation("dashboard.recent"), recentInteractions, choice.period(),
                calendar.zone()).wide());
        addCard(new AgendaTodayCard(getTranslation("dashboard.agenda"), followUps, currentUser.require().userId(),
                        calendar.today(), calendar.zone()),
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
