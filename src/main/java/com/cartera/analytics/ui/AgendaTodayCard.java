package com.cartera.analytics.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.UUID;

import com.cartera.activity.FollowUp;
import com.cartera.activity.FollowUpService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.springframework.data.domain.PageRequest;

/** Today's open follow-ups of an agent (or the team), in the workspace's day, and how many are overdue. */
class AgendaTodayCard extends DashboardCard {

    static final int SHOWN = 8;

    AgendaTodayCard(String title, FollowUpService followUps, UUID assignee, LocalDate today, ZoneId zone) {
        super(title, null);
        Instant start = today.atStartOfDay(zone).toInstant();
        Instant end = today.plusDays(1).atStartOfDay(zone).toInstant();
        long overdue = followUps.countOpenDue(assignee, Instant.EPOCH, start);
        var overdueText = new Span(getTranslation("dashboard.agenda.overdue", overdue));
        overdueText.setId("agenda-overdue");
        var dueToday = followUps.openDue(assignee, start, end, PageRequest.of(0, SHOWN));
        var rows = new Div();
        rows.addClassName("dashboard-rows");
        var time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(zone);
        for (FollowUp followUp : dueToday) {
            var row = new Div(new Anchor("customers/" + followUp.getCustomer().getId(),
                    getTranslation("follow-up.kind." + followUp.getKind().name()) + " · "
                            + followUp.getCustomer().getName()),
                    new Span(time.format(followUp.getDueAt())));
            row.addClassName("dashboard-row");
            rows.add(row);
        }
        if (dueToday.isEmpty()) {
            var nothing = new Paragraph(getTranslation("dashboard.agenda.none"));
            nothing.addClassName("dashboard-empty");
            add(nothing);
        }
        add(rows, overdueText, new Anchor("agenda", getTranslation("dashboard.agenda.open")));
    }
}
