package com.cartera.activity;

import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.cartera.customer.Customer;
import com.cartera.customer.CustomerPermissions;
import com.cartera.customer.CustomerPermissions.Action;
import com.cartera.customer.CustomerService;
import com.cartera.live.LiveEvent.Kind;
import com.cartera.live.LiveEvents;
import com.cartera.sales.Opportunity;
import com.cartera.sales.OpportunityService;
import com.cartera.security.CurrentUser;
import com.cartera.security.FieldRejectedException;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.security.TeamDirectory;
import com.cartera.security.TeamMember;
import com.cartera.tenancy.TenantScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-ups: scheduled, edited, done with an outcome (which logs the interaction) or cancelled. Everyone
 * reads them. Whoever may log interactions with the customer schedules them, for themselves; managers
 * (admin, management) for anyone. The assignee and managers edit, complete and cancel them. Every change
 * recomputes the customer's alert colour in the same transaction.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MARKETING, Role.Names.SUPPORT, Role.Names.FINANCE,
        Role.Names.MANAGEMENT})
public class FollowUpService {

    /** A follow-up may be planned this little in the past (the minute being entered). */
    private static final Duration PAST_TOLERANCE = Duration.ofMinutes(5);

    private final FollowUpRepository followUps;
    private final InteractionRecorder recorder;
    private final FollowUpAlerts alerts;
    private final CustomerService customers;
    private final CustomerPermissions permissions;
    private final OpportunityService opportunities;
    private final TeamDirectory teamDirectory;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final Clock clock;
    private final ApplicationEventPublisher notices;
    private final LiveEvents liveEvents;

    FollowUpService(FollowUpRepository followUps, InteractionRecorder recorder, FollowUpAlerts alerts,
                    CustomerService customers, CustomerPermissions permissions, OpportunityService opportunities,
                    TeamDirectory teamDirectory, CurrentUser currentUser, Validator validator, Clock clock,
                    ApplicationEventPublisher notices, LiveEvents liveEvents) {
        this.notices = notices;
        this.followUps = followUps;
        this.clock = clock;
        this.liveEvents = liveEvents;
        this.recorder = recorder;
        this.alerts = alerts;
        this.customers = customers;
        this.permissions = permissions;
        this.opportunities = opportunities;
        this.teamDirectory = teamDirectory;
        this.currentUser = currentUser;
        this.validator = validator;
    }

    /** With customer, assignee and opportunity loaded. */
    public Optional<FollowUp> find(long id) {
        return followUps.findDetailed(id);
    }

    /** One page of a customer's follow-ups: open ones first, soonest first, then the rest, latest first. */
    public List<FollowUp> ofCustomer(long customerId, Pageable pageable) {
        return followUps.ofCustomer(customerId, pageable);
    }

    public long countOfCustomer(long customerId) {
        return followUps.countByCustomerId(customerId);
    }

    /** Open follow-ups due in [from, to) of {@code assigneeId} (null: everyone's), soonest first. */
    public List<FollowUp> openDue(UUID assigneeId, Instant from, Instant to, Pageable pageable) {
        return followUps.openDue(assigneeId, from, to, pageable);
    }

    public long countOpenDue(UUID assigneeId, Instant from, Instant to) {
        return followUps.countOpenDue(assigneeId, from, to);
    }

    /** Open and done follow-ups due in [from, to) of {@code assigneeId} (null: everyone's), in time order. */
    public List<FollowUp> scheduled(UUID assigneeId, Instant from, Instant to, Pageable pageable) {
        return followUps.scheduled(assigneeId, from, to, pageable);
    }

    /** The customer's open follow-up due first, if any. */
    public Optional<FollowUp> nextOpen(long customerId) {
        return followUps.findFirstByCustomerIdAndStatusOrderByDueAtAsc(customerId, FollowUpStatus.OPEN);
    }

    /** The customer's open opportunities a follow-up may work on. */
    public List<Opportunity> opportunitiesOf(long customerId) {
        return opportunities.openOf(customerId);
    }

    /** Whether the signed-in person may schedule follow-ups with {@code customer}. */
    public boolean canSchedule(Customer customer) {
        return permissions.can(Action.LOG_INTERACTION, customer);
    }

    /** Whether the signed-in person may schedule follow-ups for others. */
    public boolean canAssignOthers() {
        return isManager(currentUser.require());
    }

    /** Whether the signed-in person may edit, complete or cancel {@code followUp}: its assignee or a manager. */
    public boolean canChange(FollowUp followUp) {
        SignedInUser user = currentUser.require();
        return followUp.isOpen() && (isManager(user) || user.userId().equals(followUp.getAssignee().getUserId()));
    }

    /**
     * Schedules a follow-up.
     *
     * @throws FieldRejectedException        naming a missing customer, a foreign opportunity, a due time in the
     *                                       past or an assignee the signed-in person may not choose
     * @throws ConstraintViolationException  naming the fields with wrong values
     * @throws AccessDeniedException         when the signed-in person may not log interactions with the customer
     */
    @Transactional
    public FollowUp schedule(FollowUpDraft draft) {
        SignedInUser user = currentUser.require();
        if (draft.customerId() == null) {
            throw new FieldRejectedException("customer", "follow-up.customer.required");
        }
        Customer customer = customers.find(draft.customerId())
                .orElseThrow(() -> new FieldRejectedException("customer", "follow-up.customer.required"));
        permissions.require(Action.LOG_INTERACTION, customer);
        requireNotPast(draft.dueAt());
        var followUp = new FollowUp(customer, user.userId());
        plan(followUp, draft, user);
        FollowUp saved = followUps.saveAndFlush(followUp);
        alerts.recompute(Set.of(customer.getId()));
        publishAssigned(saved, null, user.userId());
        announce(saved);
        return saved;
    }

    /**
     * Changes an open follow-up (not its customer).
     *
     * @throws ObjectOptimisticLockingFailureException when someone else changed it meanwhile, or it is closed
     * @throws AccessDeniedException                   when it is neither the signed-in person's nor are they a manager
     */
    @Transactional
    public FollowUp update(long id, long expectedVersion, FollowUpDraft draft) {
        SignedInUser user = currentUser.require();
        FollowUp followUp = changeable(id, expectedVersion);
        if (!Objects.equals(draft.dueAt(), followUp.getDueAt())) {
            requireNotPast(draft.dueAt());
        }
        UUID previousAssignee = followUp.getAssignee().getUserId();
        plan(followUp, draft, user);
        followUp.stampChangedBy(user.userId());
        FollowUp saved = followUps.saveAndFlush(followUp);
        alerts.recompute(Set.of(followUp.getCustomer().getId()));
        publishAssigned(saved, previousAssignee, user.userId());
        announce(saved);
        return saved;
    }

    /**
     * Marks a follow-up done with its outcome and logs the interaction it was (ours, of the matching kind),
     * authored by the signed-in person, in one transaction.
     *
     * @throws FieldRejectedException                  without an outcome
     * @throws ConstraintViolationException            naming wrong values of the interaction (a future time)
     * @throws ObjectOptimisticLockingFailureException when someone else changed it meanwhile, or it is closed
     */
    @Transactional
    public FollowUp complete(long id, long expectedVersion, FollowUpCompletion completion) {
        SignedInUser user = currentUser.require();
        FollowUp followUp = changeable(id, expectedVersion);
        if (completion.outcome() == null) {
            throw new FieldRejectedException("outcome", "follow-up.outcome.required");
        }
        Instant now = clock.instant();
        String notes = completion.notes() == null || completion.notes().isBlank() ? followUp.getNotes()
                : completion.notes();
        Interaction logged = recorder.record(followUp.getCustomer().getId(), new InteractionDraft(
                followUp.getKind().loggedAs(), InteractionDirection.OUTBOUND,
                completion.occurredAt() == null ? now : completion.occurredAt(), completion.outcome(), notes),
                user.userId());
        followUp.close(FollowUpStatus.DONE, completion.outcome(), logged.getId(), now, user.userId());
        FollowUp saved = followUps.saveAndFlush(followUp);
        alerts.recompute(Set.of(followUp.getCustomer().getId()));
        announce(saved);
        return saved;
    }

    /**
     * Calls a follow-up off.
     *
     * @throws ObjectOptimisticLockingFailureException when someone else changed it meanwhile, or it is closed
     */
    @Transactional
    public FollowUp cancel(long id, long expectedVersion) {
        SignedInUser user = currentUser.require();
        FollowUp followUp = changeable(id, expectedVersion);
        followUp.close(FollowUpStatus.CANCELLED, null, null, clock.instant(), user.userId());
        FollowUp saved = followUps.saveAndFlush(followUp);
        alerts.recompute(Set.of(followUp.getCustomer().getId()));
        announce(saved);
        return saved;
    }

    /** Colleagues' open agendas show the change once it commits. */
    private void announce(FollowUp followUp) {
        liveEvents.changed(Kind.FOLLOW_UP_CHANGED, followUp.getId(), followUp.getVersion(),
                followUp.getAssignee() == null ? null : followUp.getAssignee().getUserId());
    }

    private FollowUp changeable(long id, long expectedVersion) {
        FollowUp followUp = followUps.findDetailed(id)
                .filter(stored -> stored.getVersion() == expectedVersion && stored.isOpen())
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(FollowUp.class, id));
        if (!canChange(followUp)) {
            throw new AccessDeniedException("Follow-up " + id + " is someone else's");
        }
        return followUp;
    }

    private void plan(FollowUp followUp, FollowUpDraft draft, SignedInUser user) {
        UUID assigneeId = draft.assigneeId() == null ? user.userId() : draft.assigneeId();
        if (!assigneeId.equals(user.userId()) && !isManager(user)
                && !(followUp.getAssignee() != null && assigneeId.equals(followUp.getAssignee().getUserId()))) {
            throw new FieldRejectedException("assignee", "follow-up.assignee.not-allowed");
        }
        TeamMember assignee = teamDirectory.find(assigneeId).filter(TeamMember::isActive)
                .orElseThrow(() -> new FieldRejectedException("assignee", "follow-up.assignee.required"));
        Opportunity opportunity = null;
        if (draft.opportunityId() != null) {
            opportunity = opportunities.find(draft.opportunityId())
                    .filter(found -> found.getCustomer().getId().equals(followUp.getCustomer().getId()))
                    .orElseThrow(() -> new FieldRejectedException("opportunity", "follow-up.opportunity.other-customer"));
        }
        String notes = draft.notes() == null || draft.notes().isBlank() ? null : draft.notes().strip();
        followUp.plan(opportunity, draft.kind(), draft.dueAt(),
                draft.durationMinutes() == null ? 30 : draft.durationMinutes(), assignee, notes);
        var violations = validator.validate(followUp);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    /** For the notification module: whoever a follow-up is newly given to is told. */
    private void publishAssigned(FollowUp saved, UUID previousAssignee, UUID by) {
        UUID assignee = saved.getAssignee().getUserId();
        if (!assignee.equals(previousAssignee)) {
            notices.publishEvent(new FollowUpAssigned(TenantScope.require(), saved.getId(),
                    saved.getCustomer().getId(), saved.getCustomer().getName(), assignee, by));
        }
    }

    private void requireNotPast(Instant dueAt) {
        if (dueAt != null && dueAt.isBefore(clock.instant().minus(PAST_TOLERANCE))) {
            throw new FieldRejectedException("dueAt", "follow-up.due.past");
        }
    }

    private static boolean isManager(SignedInUser user) {
        return user.hasRole(Role.ADMIN) || user.hasRole(Role.MANAGEMENT);
    }
}
