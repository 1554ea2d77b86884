package com.cartera.notification;

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
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns what other modules report into notifications, inside the transaction that made the change: the notice
 * exists exactly when the change does.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class NoticeListeners {

    private final Notifier notifier;

    NoticeListeners(Notifier notifier) {
        this.notifier = notifier;
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
}
