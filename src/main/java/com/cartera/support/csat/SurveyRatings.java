package com.cartera.support.csat;

import java.time.Instant;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.cartera.security.FieldRejectedException;
import com.cartera.support.LowSatisfactionRating;
import com.cartera.tenancy.TenantScope;

/**
 * Records the one answer of a survey, whichever way it came, and announces a low rating (1 or 2) so that the
 * customer's owner follows it up. Not secured: the public page (token checked) and the agents' service (roles
 * checked) call it.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class SurveyRatings {

    static final int MAX_COMMENT = 2000;
    static final int LOW = 2;

    private final SurveyStore store;
    private final ApplicationEventPublisher events;

    SurveyRatings(SurveyStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    /**
     * @return false when the survey had an answer already (nothing recorded)
     * @throws FieldRejectedException naming {@code rating} outside 1–5 or a {@code comment} over
     *                                {@value #MAX_COMMENT} characters
     */
    boolean record(Survey survey, Integer rating, String comment, String source, UUID recordedBy, Instant at) {
        if (rating == null || rating < 1 || rating > 5) {
            throw new FieldRejectedException("rating", "support.csat.rating.range");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > MAX_COMMENT) {
            throw new FieldRejectedException("comment", "support.csat.comment.too-long");
        }
        if (!store.answer(survey.id(), rating, text, source, recordedBy, at)) {
            return false;
        }
        if (rating <= LOW) {
            events.publishEvent(new LowSatisfactionRating(TenantScope.require().id(), survey.customerId(),
                    survey.ticketId(), rating, text, at));
        }
        return true;
    }
}
