package com.cartera.activity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.cartera.customer.WorkspaceCalendar;
import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggested follow-ups in the agenda: everyone reads them; the person proposed (the customer's owner),
 * anyone for an unowned customer, and managers accept or dismiss them. Accepting schedules a call on the
 * occasion at {@link #CALL_TIME} (or within the hour, when that has passed).
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MARKETING, Role.Names.SUPPORT, Role.Names.FINANCE,
        Role.Names.MANAGEMENT})
public class FollowUpSuggestionService {

    static final LocalTime CALL_TIME = LocalTime.of(10, 0);

    private final FollowUpSuggestionRepository suggestions;
    private final SuggestionFinder finder;
    private final FollowUpService followUps;
    private final CurrentUser currentUser;
    private final WorkspaceCalendar calendar;
    private final Clock clock;

    FollowUpSuggestionService(FollowUpSuggestionRepository suggestions, SuggestionFinder finder,
                              FollowUpService followUps, CurrentUser currentUser, WorkspaceCalendar calendar,
                              Clock clock) {
        this.suggestions = suggestions;
        this.calendar = calendar;
        this.clock = clock;
        this.finder = finder;
        this.followUps = followUps;
        this.currentUser = currentUser;
    }

    /** Proposes what today calls for, as the daily job does (an agenda opened before the job ran sees them). */
    @Transactional
    public int refresh() {
        return finder.propose(calendar.today(), calendar.zone());
    }

    /** Pending suggestions for {@code assigneeId} (null: everyone's), soonest occasion first. */
    public List<FollowUpSuggestion> pending(UUID assigneeId, Pageable pageable) {
        return suggestions.pending(assigneeId, pageable);
    }

    public boolean canDecide(FollowUpSuggestion suggestion) {
        SignedInUser user = currentUser.require();
        return user.hasRole(Role.ADMIN) || user.hasRole(Role.MANAGEMENT) || suggestion.getAssignee() == null
                || user.userId().equals(suggestion.getAssignee().getUserId());
    }

    /**
     * Schedules the suggested call, for the person proposed (or whoever accepts an unowned customer's).
     *
     * @param notes the follow-up's notes, in the words of the person accepting
     * @throws ObjectOptimisticLockingFailureException when someone decided on it meanwhile
     * @throws AccessDeniedException                   when it is someone else's to decide
     */
    @Transactional
    public FollowUp accept(long id, String notes) {
        FollowUpSuggestion suggestion = decidable(id);
        UUID assignee = suggestion.getAssignee() == null ? null : suggestion.getAssignee().getUserId();
        FollowUp scheduled = followUps.schedule(new FollowUpDraft(suggestion.getCustomer().getId(), null,
                FollowUpKind.CALL, dueFor(suggestion.getOccasion(), clock.instant(), calendar.zone()), 15,
                assignee, notes));
        suggestion.decide(FollowUpSuggestion.Status.ACCEPTED, scheduled.getId(), currentUser.require().userId());
        return scheduled;
    }

    /**
     * @throws ObjectOptimisticLockingFailureException when someone decided on it meanwhile
     * @throws AccessDeniedException                   when it is someone else's to decide
     */
    @Transactional
    public void dismiss(long id) {
        decidable(id).decide(FollowUpSuggestion.Status.DISMISSED, null, currentUser.require().userId());
    }

    /** The occasion at the call time, or the next full hour when that has passed. */
    static Instant dueFor(LocalDate occasion, Instant now, ZoneId zone) {
        Instant planned = occasion.atTime(CALL_TIME).atZone(zone).toInstant();
        return planned.isAfter(now) ? planned : now.truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
    }

    private FollowUpSuggestion decidable(long id) {
        FollowUpSuggestion suggestion = suggestions.findById(id)
                .filter(found -> found.getStatus() == FollowUpSuggestion.Status.PENDING)
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(FollowUpSuggestion.class, id));
        if (!canDecide(suggestion)) {
            throw new AccessDeniedException("Suggestion " + id + " is someone else's");
        }
        return suggestion;
    }
}
