package com.cartera.support.csat;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * One satisfaction survey as stored, with its ticket's subject.
 *
 * @param rating null until answered
 * @param source how the answer came (EMAIL: through the link, PHONE: taken by an agent), null until answered
 */
public record Survey(long id, long ticketId, String ticketSubject, long customerId, UUID agentId, Instant sentAt,
                     Instant expiresAt, String language, Instant answeredAt, Integer rating, String comment,
                     String source) {

    public boolean answered() {
        return answeredAt != null;
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }
}
