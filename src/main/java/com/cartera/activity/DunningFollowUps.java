package com.cartera.activity;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.cartera.customer.Customer;
import com.cartera.customer.CustomerAssignments;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.finance.DunningAction;
import com.cartera.finance.DunningAssignee;
import com.cartera.finance.DunningRun;
import com.cartera.finance.DunningStepReached;
import com.cartera.security.Role;
import com.cartera.security.TeamDirectory;
import com.cartera.security.TeamMember;
import com.cartera.tenancy.TenantScope;

/**
 * An overdue invoice that reached a step of the dunning ladder becomes a follow-up due that day at {@link #DUE_TIME}
 * in the workspace's zone, written in the dunning run's transaction, so it shows in the agenda. It goes to the
 * customer's active owner when the step says OWNER, otherwise (or when the customer has no active owner) to the
 * finance team: the active FINANCE member with the fewest open follow-ups, an admin when there is none. A reminder
 * is an e-mail; a call and an escalation are calls.
 */
@Component
class DunningFollowUps {

    static final LocalTime DUE_TIME = LocalTime.of(10, 0);

    private static final Locale SPANISH = Locale.forLanguageTag("es-ES");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final CustomerAssignments assignments;
    private final TeamDirectory team;
    private final FollowUpRepository followUps;
    private final FollowUpAlerts alerts;
    private final WorkspaceCalendar calendar;
    private final DunningRun dunning;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher notices;

    DunningFollowUps(CustomerAssignments assignments, TeamDirectory team, FollowUpRepository followUps,
                     FollowUpAlerts alerts, WorkspaceCalendar calendar, DunningRun dunning,
                     EntityManager entityManager, ApplicationEventPublisher notices) {
        this.assignments = assignments;
        this.team = team;
        this.followUps = followUps;
        this.alerts = alerts;
        this.calendar = calendar;
        this.dunning = dunning;
        this.entityManager = entityManager;
        this.notices = notices;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(DunningStepReached step) {
        Optional<TeamMember> owner = step.assignee() == DunningAssignee.OWNER ? activeOwner(step.customerId())
                : Optional.empty();
        owner.or(this::financeMember).ifPresent(assignee -> schedule(step, assignee));
    }

    private Optional<TeamMember> activeOwner(long customerId) {
        return assignments.live(List.of(customerId)).stream()
                .filter(assignment -> assignment.ownerId() != null)
                .flatMap(assignment -> team.find(assignment.ownerId()).filter(TeamMember::isActive).stream())
                .findFirst();
    }

    /** The active finance member with the fewest open follow-ups (by name on a tie); an admin when none. */
    private Optional<TeamMember> financeMember() {
        List<UUID> candidates = team.activeMemberIdsWith(Set.of(Role.FINANCE));
        if (candidates.isEmpty()) {
            candidates = team.activeMemberIdsWith(Set.of(Role.ADMIN));
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Map<UUID, Long> open = new HashMap<>();
        for (Object[] count : followUps.openCountsOf(candidates)) {
            open.put((UUID) count[0], (Long) count[1]);
        }
        return candidates.stream()
                .min(Comparator.comparingLong(id -> open.getOrDefault(id, 0L)))
                .flatMap(team::find);
    }

    private void schedule(DunningStepReached step, TeamMember assignee) {
        Customer customer = entityManager.getReference(Customer.class, step.customerId());
        var followUp = new FollowUp(customer, null);
        FollowUpKind kind = step.action() == DunningAction.REMINDER ? FollowUpKind.EMAIL : FollowUpKind.CALL;
        followUp.plan(null, kind, dueAt(step), 15, assignee, notes(step));
        FollowUp saved = followUps.saveAndFlush(followUp);
        dunning.linkFollowUp(step.invoiceId(), step.stepId(), saved.getId());
        alerts.recompute(Set.of(step.customerId()));
        notices.publishEvent(new FollowUpAssigned(TenantScope.require(), saved.getId(), step.customerId(),
                customer.getName(), assignee.getUserId(), null));
    }

    /** The day of the run that reached the step (due day plus days overdue): today for the daily job. */
    private Instant dueAt(DunningStepReached step) {
        return step.dueOn().plusDays(step.daysOverdue()).atTime(DUE_TIME).atZone(calendar.zone()).toInstant();
    }

    /** Stored with the customer, so in the workspace's language (Spanish), as other texts kept with customers. */
    static String notes(DunningStepReached step) {
        String action = switch (step.action()) {
            case REMINDER -> "enviar un recordatorio de pago";
            case CALL -> "llamar al cliente para reclamar el pago";
            case ESCALATION -> "escalar el cobro: llamar al cliente y acordar un plan de pago o pasarlo a"
                    + " recobro";
        };
        return "Factura " + step.invoiceNumber() + " vencida hace " + step.daysOverdue() + " días (venció el "
                + DAY.format(step.dueOn()) + "), pendiente " + amount(step.openAmount()) + " " + step.currency()
                + ": " + action + ".";
    }

    private static String amount(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(SPANISH);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }
}
