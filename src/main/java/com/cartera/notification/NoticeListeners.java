package com.cartera.notification;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import com.cartera.activity.CustomerTurnedRed;
import com.cartera.activity.FollowUpAssigned;
import com.cartera.base.mention.NoteMentioned;
import com.cartera.customer.CustomerAssigned;
import com.cartera.customer.CustomersAssigned;
import com.cartera.importexport.ImportFinished;
import com.cartera.notification.NotificationStore.NewNotification;
import com.cartera.sales.OpportunityAssigned;
import com.cartera.security.Role;
import com.cartera.security.TeamDirectory;
import com.cartera.support.SlaDeadline;
import com.cartera.support.TicketAssigned;
import com.cartera.support.TicketSlaAtRisk;
import com.cartera.support.TicketSlaBreached;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns what other modules report into notifications, inside the transaction that made the change: the notice
 * exists exactly when the change does. A ticket's service-level warning or breach goes to its assignee; an
 * unassigned ticket's to every active admin and support member of the workspace, as someone must take it.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class NoticeListeners {

    private final Notifier notifier;
    private final TeamDirectory team;

    NoticeListeners(Notifier notifier, TeamDirectory team) {
        this.notifier = notifier;
        this.team = team;
    }

    @EventListener
    void on(CustomerAssigned event) {
        notifier.send(new NewNotification(event.ownerId(), NotificationKind.CUSTOMER_ASSIGNED, null, "CUSTOMER",
                event.customerId(), List.of(notifier.nameOf(event.assignedBy()), event.customerName()),
                "customers/" + event.customerId()), event.assignedBy());
    }

    @EventListener
    void on(CustomersAssigned event) {
        notifier.send(new NewNotification(event.ownerId(), NotificationKind.CUSTOMER_ASSIGNED, "MANY", "CUSTOMER",
                null, List.of(notifier.nameOf(event.assignedBy()), String.valueOf(event.count())), "customers"),
                event.assignedBy());
    }

    @EventListener
    void on(OpportunityAssigned event) {
        notifier.send(new NewNotification(event.ownerId(), NotificationKind.OPPORTUNITY_ASSIGNED, null, "OPPORTUNITY",
                event.opportunityId(), List.of(notifier.nameOf(event.assignedBy()), event.title()),
                "customers/" + event.customerId()), event.assignedBy());
    }

    @EventListener
    void on(FollowUpAssigned event) {
        notifier.send(new NewNotification(event.assigneeId(), NotificationKind.FOLLOW_UP_ASSIGNED, null, "FOLLOW_UP",
                event.followUpId(), List.of(notifier.nameOf(event.assignedBy()), event.customerName()),
                "customers/" + event.customerId()), event.assignedBy());
    }

    @EventListener
    void on(CustomerTurnedRed event) {
        notifier.send(new NewNotification(event.ownerId(), NotificationKind.CUSTOMER_RED, null, "CUSTOMER",
                event.customerId(), List.of(event.customerName()), "customers/" + event.customerId()), null);
    }

    @EventListener
    void on(ImportFinished event) {
        notifier.send(new NewNotification(event.submittedBy(), NotificationKind.IMPORT_FINISHED, event.status(),
                "IMPORT_JOB", event.jobId(), List.of(event.fileName() == null ? "" : event.fileName()), "import"), null);
    }

    @EventListener
    void on(NoteMentioned event) {
        String author = notifier.nameOf(event.authorId());
        for (UUID mentioned : event.mentioned()) {
            notifier.send(new NewNotification(mentioned, NotificationKind.MENTION, event.subjectType(),
                    event.subjectType(), event.subjectId(), List.of(author, event.subjectName()), event.linkPath()),
                    event.authorId());
        }
    }

    @EventListener
    void on(TicketAssigned event) {
        notifier.send(new NewNotification(event.assigneeId(), NotificationKind.TICKET_ASSIGNED, null, "TICKET",
                event.ticketId(), List.of(notifier.nameOf(event.actorId()), String.valueOf(event.ticketId()),
                event.subject()), ticketLink(event.ticketId())), event.actorId());
    }

    @EventListener
    void on(TicketSlaAtRisk event) {
        ticketSla(NotificationKind.TICKET_SLA_AT_RISK, event.ticketId(), event.assigneeId(), event.subject(),
                event.deadline());
    }

    @EventListener
    void on(TicketSlaBreached event) {
        ticketSla(NotificationKind.TICKET_SLA_BREACHED, event.ticketId(), event.assigneeId(), event.subject(),
                event.deadline());
    }

    private void ticketSla(NotificationKind kind, long ticketId, UUID assigneeId, String subject, SlaDeadline deadline) {
        List<UUID> recipients = assigneeId != null ? List.of(assigneeId)
                : team.activeMemberIdsWith(EnumSet.of(Role.ADMIN, Role.SUPPORT));
        for (UUID recipient : recipients) {
            notifier.send(new NewNotification(recipient, kind, deadline.name(), "TICKET", ticketId,
                    List.of(String.valueOf(ticketId), subject), ticketLink(ticketId)), null);
        }
    }

    private static String ticketLink(long ticketId) {
        return "support/tickets/" + ticketId;
    }
}
