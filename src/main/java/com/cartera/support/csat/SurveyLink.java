package com.cartera.support.csat;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.cartera.customer.WorkspaceCalendar;
import com.cartera.security.FieldRejectedException;
import com.cartera.tenancy.Tenant;
import com.cartera.tenancy.TenantDirectory;
import com.cartera.tenancy.TenantScope;

/**
 * What the public survey page does with the token in its address, for anyone (nobody is signed in). The workspace
 * comes from the signed token alone — never from the session or anything else in the request — and the work runs in
 * that workspace's scope. A forged link, a link naming a workspace that has no such survey, an expired and an
 * already answered one each read as such, and none of them records anything.
 */
@Service
public class SurveyLink {

    /** Where a link stands. */
    public enum State {
        /** Malformed or not signed by this Cartera. */
        FORGED,
        /** Signed, but the workspace it names has no such survey (or no longer exists). */
        OTHER_WORKSPACE,
        /** Past its expiry, unanswered. */
        EXPIRED,
        /** Answered before: the answer is shown. */
        ANSWERED,
        /** Waiting for its answer. */
        OPEN
    }

    /**
     * The link's state, and for a survey found: the survey, the workspace's name and time zone (null otherwise).
     */
    public record Reading(State state, Optional<Survey> survey, String workspaceName, ZoneId zone) {

        static Reading of(State state) {
            return new Reading(state, Optional.empty(), null, null);
        }
    }

    private record Found(Survey survey, ZoneId zone) {
    }

    private final SurveyTokens tokens;
    private final TenantDirectory tenants;
    private final SurveyStore store;
    private final SurveyRatings ratings;
    private final TransactionTemplate transaction;
    private final WorkspaceCalendar calendar;
    private final Clock clock;

    SurveyLink(SurveyTokens tokens, TenantDirectory tenants, SurveyStore store, SurveyRatings ratings,
               PlatformTransactionManager transactions, WorkspaceCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.tokens = tokens;
        this.tenants = tenants;
        this.store = store;
        this.ratings = ratings;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    public Reading check(String token) {
        return inWorkspace(token, survey -> survey);
    }

    /**
     * Records the customer's answer if the link is open.
     *
     * @return the link as it stands afterwards: ANSWERED with the answer just given, or why nothing was recorded
     * @throws FieldRejectedException naming {@code rating} outside 1–5 or a {@code comment} over the limit
     */
    public Reading answer(String token, Integer rating, String comment) {
        return inWorkspace(token, survey -> {
            if (state(survey) == State.OPEN) {
                ratings.record(survey, rating, comment, "EMAIL", null, clock.instant());
            }
            return store.ofTicket(survey.ticketId()).orElseThrow();
        });
    }

    /** Runs {@code work} on the link's survey in the workspace the token names, in one transaction there. */
    private Reading inWorkspace(String token, Function<Survey, Survey> work) {
        Optional<SurveyTokens.Signed> signed = tokens.verify(token);
        if (signed.isEmpty()) {
            return Reading.of(State.FORGED);
        }
        Optional<Tenant> tenant = tenants.find(signed.get().tenantId())
                .filter(found -> found.getStatus() == Tenant.Status.ACTIVE);
        if (tenant.isEmpty()) {
            return Reading.of(State.OTHER_WORKSPACE);
        }
        Optional<Found> found = TenantScope.call(tenant.get().ref(), () -> transaction.execute(status ->
                store.byKeyHash(signed.get().keyHash()).map(work).map(survey -> new Found(survey, calendar.zone()))));
        return found.map(survey -> new Reading(state(survey.survey()), Optional.of(survey.survey()),
                        tenant.get().getName(), survey.zone()))
                .orElseGet(() -> Reading.of(State.OTHER_WORKSPACE));
    }

    private State state(Survey survey) {
        if (survey.answered()) {
            return State.ANSWERED;
        }
        return clock.instant().isBefore(survey.expiresAt()) ? State.OPEN : State.EXPIRED;
    }
}
