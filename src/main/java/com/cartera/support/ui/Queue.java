package com.cartera.support.ui;

import java.util.Set;

import com.cartera.support.TicketFilter;

/** The named queues, each a starting filter the person can narrow further. */
enum Queue {
    MINE, UNASSIGNED, TEAM, BREACHING, ALL;

    /** The query parameter value naming it: {@code /support?queue=mine}. */
    String parameter() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Queue of(String parameter) {
        for (Queue queue : values()) {
            if (queue.parameter().equals(parameter)) {
                return queue;
            }
        }
        return null;
    }

    /** The queue's filter; the team queue shows {@code teamId}'s open tickets (every team's when null). */
    TicketFilter filter(Long teamId) {
        TicketFilter open = TicketFilter.NONE.withStatuses(Set.of(), true);
        return switch (this) {
            case MINE -> open.withAssignees(Set.of(), false, true);
            case UNASSIGNED -> open.withAssignees(Set.of(), true, false);
            case TEAM -> teamId == null ? open : open.withTeams(Set.of(teamId));
            case BREACHING -> open.withBreaching(true);
            case ALL -> TicketFilter.NONE;
        };
    }
}
