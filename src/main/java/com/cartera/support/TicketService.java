package com.cartera.support;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.support.TicketHistory.Field;
import com.cartera.tenancy.TenantScope;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workspace's support tickets: open, edit, assign and move them through their statuses. Support and admin
 * write; management and sales read (everyone in the workspace reads the whole portfolio, so sales read the tickets of
 * every customer they see). Every changed field leaves a {@link TicketChange}; the events of this package are
 * published inside the transaction, so synchronous listeners write in it too.
 *
 * <p>Edits name the version they started from: a stale one is refused with
 * {@link ObjectOptimisticLockingFailureException}, never silently overwritten.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SUPPORT, Role.Names.MANAGEMENT, Role.Names.SALES})
public class TicketService {

    private final TicketRepository tickets;
    private final TicketHistory history;
    private final TicketChecks checks;
    private final TicketStatusMoves moves;
    private final SupportSettingsService settings;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TicketService(TicketRepository tickets, TicketHistory history, TicketChecks checks, TicketStatusMoves moves,
                  SupportSettingsService settings, CurrentUser currentUser, ApplicationEventPublisher events,
                  Clock clock) {
        this.tickets = tickets;
        this.history = history;
        this.checks = checks;
        this.moves = moves;
        this.settings = settings;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    public Optional<Ticket> find(long id) {
        return tickets.findById(id);
    }

    /** Every change of the ticket, oldest first. */
    public List<TicketChange> history(long ticketId) {
        return history.of(ticketId);
    }

    /** The customer's tickets, newest first, at most {@code limit}. */
    public List<TicketSummary> ofCustomer(long customerId, boolean openOnly, int limit) {
        return tickets.summariesOf(customerId, openOnly, PageRequest.of(0, limit));
    }

    /** Whether the signed-in person may read tickets (support, admin, management, sales). */
    @PermitAll
    public boolean canRead() {
        return currentUser.get().filter(user -> user.hasRole(Role.ADMIN) || user.hasRole(Role.SUPPORT)
                || user.hasRole(Role.MANAGEMENT) || user.hasRole(Role.SALES)).isPresent();
    }

    /** Whether the signed-in person may open and change tickets. */
    @PermitAll
    public boolean canWrite() {
        return currentUser.get().filter(user -> user.hasRole(Role.ADMIN) || user.hasRole(Role.SUPPORT)).isPresent();
    }

    /** The statuses the signed-in person may move {@code ticket} to now, as the ticket page offers them. */
    public List<TicketStatus> nextSteps(Ticket ticket) {
        if (!canWrite()) {
            return List.of();
        }
        return TicketWorkflow.nextSteps(ticket.getStatus(), ticket.getResolvedAt(),
                settings.desk().reopenWindowDays(), clock.instant(), isAdmin());
    }

    /**
     * Opens a ticket for a customer of the workspace: NEW, or OPEN when it is given to a person at once.
     *
     * @throws TicketRefusedException naming the field at fault; nothing is saved
     */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SUPPORT})
    public Ticket open(TicketDraft draft) {
        require(draft.customerId(), "customer");
        checks.references(draft.customerId(), draft.contactPersonId(), draft.productId(), null);
        return create(draft, currentUser.require().userId());
    }

    /**
     * Opens a ticket from the public web form, with nobody signed in: inside {@code TenantScope.call(...)} of the
     * form's workspace. The channel is always {@link TicketChannel#WEB_FORM} and nobody is its author. The desk's own
     * references (category, team, assignee) are checked here; the customer, contact person and product are the
     * caller's to resolve (it found or made the customer in the same workspace; the database refuses ids that do not
     * exist).
     *
     * @throws TicketRefusedException naming the field at fault; nothing is saved
     */
    @Transactional
    @PermitAll
    public Ticket openFromWebForm(TicketDraft draft) {
        TenantScope.require();
        require(draft.customerId(), "customer");
        return create(new TicketDraft(draft.customerId(), draft.contactPersonId(), draft.type(), TicketChannel.WEB_FORM,
                draft.subject(), draft.description(), draft.priority(), draft.categoryId(), draft.productId(),
                draft.assigneeId(), draft.teamId()), null);
    }

    private Ticket create(TicketDraft draft, UUID actor) {
        var fields = new TicketFields(draft.contactPersonId(), draft.type(), draft.channel(), draft.subject(),
                draft.description(), draft.priority(), draft.categoryId(), draft.productId());
        checks.fields(fields, null);
        checks.assignment(draft.assigneeId(), draft.teamId(), null);
        Instant now = clock.instant();
        var ticket = new Ticket(draft.customerId(), now, actor);
        write(ticket, normalised(fields));
        ticket.setAssigneeId(draft.assigneeId());
        ticket.setTeamId(draft.teamId());
        ticket.setStatus(draft.assigneeId() == null ? TicketStatus.NEW : TicketStatus.OPEN);
        Ticket saved = tickets.saveAndFlush(ticket);
        history.record(saved.getId(), now, actor, Field.CREATED, null, saved.getStatus());
        var tenant = TenantScope.require().id();
        events.publishEvent(new TicketOpened(tenant, saved.getId(), saved.getCustomerId(), saved.getPriority(),
                saved.getAssigneeId(), now, actor));
        if (saved.getAssigneeId() != null) {
            events.publishEvent(new TicketAssigned(tenant, saved.getId(), saved.getCustomerId(), saved.getSubject(),
                    saved.getAssigneeId(), actor));
        }
        return saved;
    }

    /**
     * Changes what the ticket says (type, channel, subject, description, priority, category, product, contact).
     *
     * @throws TicketRefusedException naming the field at fault; nothing is changed
     * @throws ObjectOptimisticLockingFailureException when someone else changed the ticket since {@code expectedVersion}
     */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SUPPORT})
    public Ticket update(long ticketId, long expectedVersion, TicketFields fields) {
        Ticket ticket = current(ticketId, expectedVersion);
        checks.fields(fields, ticket);
        checks.references(ticket.getCustomerId(), fields.contactPersonId(), fields.productId(), ticket);
        Instant now = clock.instant();
        UUID actor = currentUser.require().userId();
        TicketFields old = TicketFields.of(ticket);
        TicketFields next = normalised(fields);
        long id = ticket.getId();
        // History first, the ticket after: the history's SQL flushes the session, and the ticket is then written once.
        boolean any = history.record(id, now, actor, Field.CONTACT, old.contactPersonId(), next.contactPersonId());
        any |= history.record(id, now, actor, Field.TYPE, old.type(), next.type());
        any |= history.record(id, now, actor, Field.CHANNEL, old.channel(), next.channel());
        any |= history.record(id, now, actor, Field.SUBJECT, old.subject(), next.subject());
        any |= history.record(id, now, actor, Field.DESCRIPTION, old.description(), next.description());
        any |= history.record(id, now, actor, Field.PRIORITY, old.priority(), next.priority());
        any |= history.record(id, now, actor, Field.CATEGORY, old.categoryId(), next.categoryId());
        any |= history.record(id, now, actor, Field.PRODUCT, old.productId(), next.productId());
        if (!any) {
            return ticket;
        }
        write(ticket, next);
        ticket.touch(now, actor);
        Ticket saved = tickets.saveAndFlush(ticket);
        if (old.priority() != next.priority()) {
            events.publishEvent(new TicketPriorityChanged(TenantScope.require().id(), id, old.priority(),
                    next.priority(), now, actor));
        }
        return saved;
    }

    /**
     * Gives the ticket to a person and/or a team queue (null leaves it without). A NEW ticket given to a person is
     * OPEN from then on.
     *
     * @throws TicketRefusedException when the person is not an active member or the team is archived
     * @throws ObjectOptimisticLockingFailureException when someone else changed the ticket since {@code expectedVersion}
     */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SUPPORT})
    public Ticket assign(long ticketId, long expectedVersion, UUID assigneeId, Long teamId) {
        Ticket ticket = current(ticketId, expectedVersion);
        checks.assignment(assigneeId, teamId, ticket);
        Instant now = clock.instant();
        UUID actor = currentUser.require().userId();
        UUID before = ticket.getAssigneeId();
        boolean any = history.record(ticketId, now, actor, Field.ASSIGNEE, before, assigneeId);
        any |= history.record(ticketId, now, actor, Field.TEAM, ticket.getTeamId(), teamId);
        if (!any) {
            return ticket;
        }
        TicketStatusChanged opened = assigneeId != null && ticket.getStatus() == TicketStatus.NEW
                ? moves.move(ticket, TicketStatus.OPEN, now, actor) : null;
        ticket.setAssigneeId(assigneeId);
        ticket.setTeamId(teamId);
        ticket.touch(now, actor);
        Ticket saved = tickets.saveAndFlush(ticket);
        if (assigneeId != null && !assigneeId.equals(before)) {
            events.publishEvent(new TicketAssigned(TenantScope.require().id(), ticketId, saved.getCustomerId(),
                    saved.getSubject(), assigneeId, actor));
        }
        if (opened != null) {
            events.publishEvent(opened);
        }
        return saved;
    }

    /**
     * Moves the ticket to {@code to} along the allowed steps ({@link TicketWorkflow}); a reopen counts.
     *
     * @throws TicketRefusedException when the step is not allowed (outside the reopen window, closing an open
     *                                ticket without being an admin, anything after CLOSED)
     * @throws ObjectOptimisticLockingFailureException when someone else changed the ticket since {@code expectedVersion}
     */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SUPPORT})
    public Ticket changeStatus(long ticketId, long expectedVersion, TicketStatus to) {
        Ticket ticket = current(ticketId, expectedVersion);
        Instant now = clock.instant();
        String refusal = TicketWorkflow.refusal(ticket.getStatus(), Objects.requireNonNull(to),
                ticket.getResolvedAt(), settings.desk().reopenWindowDays(), now, isAdmin());
        if (refusal != null) {
            throw new TicketRefusedException("status", refusal);
        }
        UUID actor = currentUser.require().userId();
        TicketStatusChanged moved = moves.move(ticket, to, now, actor);
        ticket.touch(now, actor);
        Ticket saved = tickets.saveAndFlush(ticket);
        events.publishEvent(moved);
        return saved;
    }

    private Ticket current(long ticketId, long expectedVersion) {
        return tickets.findById(ticketId)
                .filter(stored -> stored.getVersion() == expectedVersion)
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(Ticket.class, ticketId));
    }

    /** The fields as stored: text stripped, a blank description none. */
    private static TicketFields normalised(TicketFields fields) {
        return new TicketFields(fields.contactPersonId(), fields.type(), fields.channel(), fields.subject().strip(),
                fields.description() == null || fields.description().isBlank() ? null : fields.description().strip(),
                fields.priority(), fields.categoryId(), fields.productId());
    }

    private static void write(Ticket ticket, TicketFields fields) {
        ticket.setContactPersonId(fields.contactPersonId());
        ticket.setType(fields.type());
        ticket.setChannel(fields.channel());
        ticket.setSubject(fields.subject());
        ticket.setDescription(fields.description());
        ticket.setPriority(fields.priority());
        ticket.setCategoryId(fields.categoryId());
        ticket.setProductId(fields.productId());
    }

    private boolean isAdmin() {
        return currentUser.get().map((SignedInUser user) -> user.hasRole(Role.ADMIN)).orElse(false);
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new TicketRefusedException(field, "support.ticket.error." + field + "-required");
        }
    }
}
