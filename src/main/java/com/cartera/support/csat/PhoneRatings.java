package com.cartera.support.csat;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.cartera.security.CurrentUser;
import com.cartera.security.FieldRejectedException;
import com.cartera.security.Role;

/**
 * Ratings an agent takes by phone: the answer of the ticket's survey (the one mailed at resolution, or, when none
 * could be mailed, one made now, which then counts as sent). Support and admin record them; management reads.
 * Exposed to other modules on its own (the demo workspace records its seeded ratings here).
 */
@NamedInterface("phone-ratings")
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SUPPORT, Role.Names.MANAGEMENT})
public class PhoneRatings {

    private final SurveyStore store;
    private final SurveyRatings ratings;
    private final CurrentUser currentUser;
    private final Clock clock;

    PhoneRatings(SurveyStore store, SurveyRatings ratings, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.ratings = ratings;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The ticket's survey, if it has one. */
    public Optional<Survey> ofTicket(long ticketId) {
        return store.ofTicket(ticketId);
    }

    /**
     * Records the rating the customer gave by phone for a resolved or closed ticket.
     *
     * @throws FieldRejectedException naming {@code ticket} (unknown, not resolved, or its survey already answered),
     *                                {@code rating} outside 1–5 or a {@code comment} over the limit
     */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SUPPORT})
    public Survey record(long ticketId, Integer rating, String comment) {
        SurveyStore.TicketFacts ticket = store.ticket(ticketId)
                .orElseThrow(() -> new FieldRejectedException("ticket", "support.csat.phone.no-ticket"));
        if (!"RESOLVED".equals(ticket.status()) && !"CLOSED".equals(ticket.status())) {
            throw new FieldRejectedException("ticket", "support.csat.phone.not-resolved");
        }
        Instant now = clock.instant();
        Survey survey = store.ofTicket(ticketId).orElseGet(() -> {
            store.insert(ticket, now, now, null, SurveySender.WORKSPACE_LANGUAGE);
            return store.ofTicket(ticketId).orElseThrow();
        });
        if (!ratings.record(survey, rating, comment, "PHONE", currentUser.require().userId(), now)) {
            throw new FieldRejectedException("ticket", "support.csat.phone.answered");
        }
        return store.ofTicket(ticketId).orElseThrow();
    }
}
