package com.cartera.support;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Which status a ticket may move to next: pure rules, time passed in. NEW goes to OPEN, PENDING or RESOLVED;
 * OPEN to PENDING or RESOLVED; PENDING back to OPEN or to RESOLVED; RESOLVED is reopened (OPEN) within the
 * workspace's reopen window, or CLOSED; an admin may close a ticket from any status. CLOSED is final.
 */
public final class TicketWorkflow {

    private TicketWorkflow() {
    }

    /**
     * The statuses {@code from} may move to, in the order a screen offers them.
     *
     * @param resolvedAt        when the ticket was resolved (for a RESOLVED one), else ignored
     * @param reopenWindowDays  the workspace's reopen window
     * @param admin             whether the person is an admin (who may close from any status)
     */
    public static List<TicketStatus> nextSteps(TicketStatus from, Instant resolvedAt, int reopenWindowDays,
                                               Instant now, boolean admin) {
        var steps = new ArrayList<TicketStatus>();
        switch (from) {
            case NEW -> steps.addAll(List.of(TicketStatus.OPEN, TicketStatus.PENDING, TicketStatus.RESOLVED));
            case OPEN -> steps.addAll(List.of(TicketStatus.PENDING, TicketStatus.RESOLVED));
            case PENDING -> steps.addAll(List.of(TicketStatus.OPEN, TicketStatus.RESOLVED));
            case RESOLVED -> {
                if (withinReopenWindow(resolvedAt, reopenWindowDays, now)) {
                    steps.add(TicketStatus.OPEN);
                }
                steps.add(TicketStatus.CLOSED);
            }
            case CLOSED -> {
            }
        }
        if (admin && from.isOpen()) {
            steps.add(TicketStatus.CLOSED);
        }
        return List.copyOf(steps);
    }

    /** Whether a ticket resolved at {@code resolvedAt} may still be reopened at {@code now}. */
    public static boolean withinReopenWindow(Instant resolvedAt, int reopenWindowDays, Instant now) {
        return resolvedAt != null && now.isBefore(reopenDeadline(resolvedAt, reopenWindowDays));
    }

    /** When the reopen window of a ticket resolved at {@code resolvedAt} ends. */
    public static Instant reopenDeadline(Instant resolvedAt, int reopenWindowDays) {
        return resolvedAt.plus(Duration.ofDays(reopenWindowDays));
    }

    /**
     * Why moving {@code from} to {@code to} is refused, as an i18n key, or null when it is allowed.
     */
    static String refusal(TicketStatus from, TicketStatus to, Instant resolvedAt, int reopenWindowDays, Instant now,
                          boolean admin) {
        if (nextSteps(from, resolvedAt, reopenWindowDays, now, admin).contains(to)) {
            return null;
        }
        if (from == TicketStatus.RESOLVED && to == TicketStatus.OPEN) {
            return "support.ticket.error.reopen-window";
        }
        if (to == TicketStatus.CLOSED && from.isOpen()) {
            return "support.ticket.error.close-admin";
        }
        return "support.ticket.error.transition";
    }
}
