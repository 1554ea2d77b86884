package com.cartera.activity.ui;

import java.time.Instant;
import java.time.LocalDate;

import com.cartera.customer.WorkspaceCalendar;
import com.cartera.activity.FollowUpService;
import com.cartera.base.ui.NavBadgeSource;
import com.cartera.security.CurrentUser;
import org.springframework.stereotype.Component;

/** Beside "Agenda" in the navigation: how many of the signed-in person's follow-ups are due today or overdue. */
@Component
class AgendaBadge implements NavBadgeSource {

    private final FollowUpService followUpService;
    private final CurrentUser currentUser;
    private final WorkspaceCalendar calendar;

    AgendaBadge(FollowUpService followUpService, CurrentUser currentUser, WorkspaceCalendar calendar) {
        this.calendar = calendar;
        this.followUpService = followUpService;
        this.currentUser = currentUser;
    }

    @Override
    public String path() {
        return AgendaView.ROUTE;
    }

    @Override
    public long count() {
        Instant endOfToday = calendar.today().plusDays(1).atStartOfDay(calendar.zone()).toInstant();
        return followUpService.countOpenDue(currentUser.require().userId(), Instant.EPOCH, endOfToday);
    }
}
