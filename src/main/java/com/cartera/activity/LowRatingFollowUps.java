package com.cartera.activity;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.cartera.customer.Customer;
import com.cartera.customer.CustomerAssignments;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.security.TeamDirectory;
import com.cartera.security.TeamMember;
import com.cartera.support.LowSatisfactionRating;
import com.cartera.tenancy.TenantScope;

/**
 * A customer who rated the support desk 1 or 2 gets a call from their owner: a follow-up due tomorrow at
 * {@link #CALL_TIME} in the workspace's zone, written in the rating's transaction (the rating may come from the
 * public survey page, where nobody is signed in). A customer without an active owner gets none: there is nobody to
 * give it to, and the rating shows on the support home.
 */
@Component
class LowRatingFollowUps {

    static final LocalTime CALL_TIME = LocalTime.of(10, 0);

    private final CustomerAssignments assignments;
    private final TeamDirectory team;
    private final FollowUpRepository followUps;
    private final FollowUpAlerts alerts;
    private final WorkspaceCalendar calendar;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher notices;

    LowRatingFollowUps(CustomerAssignments assignments, TeamDirectory team, FollowUpRepository followUps,
                       FollowUpAlerts alerts, WorkspaceCalendar calendar, EntityManager entityManager,
                       ApplicationEventPublisher notices) {
        this.assignments = assignments;
        this.team = team;
        this.followUps = followUps;
        this.alerts = alerts;
        this.calendar = calendar;
        this.entityManager = entityManager;
        this.notices = notices;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(LowSatisfactionRating rating) {
        assignments.live(List.of(rating.customerId())).stream()
                .filter(assignment -> assignment.ownerId() != null)
                .flatMap(assignment -> team.find(assignment.ownerId()).filter(TeamMember::isActive).stream())
                .findFirst()
                .ifPresent(owner -> schedule(rating, owner));
    }

    private void schedule(LowSatisfactionRating rating, TeamMember owner) {
        Customer customer = entityManager.getReference(Customer.class, rating.customerId());
        var followUp = new FollowUp(customer, null);
        followUp.plan(null, FollowUpKind.CALL, dueAt(calendar.zone()), 15, owner, notes(rating));
        FollowUp saved = followUps.saveAndFlush(followUp);
        alerts.recompute(Set.of(rating.customerId()));
        notices.publishEvent(new FollowUpAssigned(TenantScope.require(), saved.getId(), rating.customerId(),
                customer.getName(), owner.getUserId(), null));
    }

    private Instant dueAt(ZoneId zone) {
        return calendar.today().plusDays(1).atTime(CALL_TIME).atZone(zone).toInstant();
    }

    /** Stored with the customer, so in the workspace's language (Spanish), as other texts kept with customers. */
    static String notes(LowSatisfactionRating rating) {
        String text = "Valoración baja del soporte (" + rating.rating() + "/5, ticket #" + rating.ticketId()
                + "): llamar al cliente para entender qué falló.";
        return rating.comment() == null ? text : text + "\nComentario del cliente: «" + rating.comment() + "»";
    }
}
