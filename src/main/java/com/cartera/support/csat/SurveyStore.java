package com.cartera.support.csat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.cartera.tenancy.TenantSql;

/**
 * The SQL of {@code csat_survey} (and the reads of the support desk's {@code ticket} it needs) in the workspace in
 * scope. Not secured: callers check who may do what.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class SurveyStore {

    /** What a survey takes from its ticket. */
    record TicketFacts(long id, long customerId, Long contactPersonId, UUID assigneeId, Long teamId, Long categoryId,
                       String subject, String status) {
    }

    private static final String SURVEY = """
            select s.id, s.ticket_id, t.subject as ticket_subject, s.customer_id, s.agent_id, s.sent_at, s.expires_at,
                   s.language, s.answered_at, s.rating, s.comment, s.source
            from csat_survey s join ticket t on t.id = s.ticket_id
            """;

    private final TenantSql sql;

    SurveyStore(TenantSql sql) {
        this.sql = sql;
    }

    Optional<TicketFacts> ticket(long ticketId) {
        return sql.client().sql("""
                        select id, customer_id, contact_person_id, assignee_id, team_id, category_id, subject, status
                        from ticket where id = :id""")
                .param("id", ticketId)
                .query(TicketFacts.class).optional();
    }

    Optional<Survey> ofTicket(long ticketId) {
        return sql.client().sql(SURVEY + "where s.ticket_id = :ticket").param("ticket", ticketId)
                .query(Survey.class).optional();
    }

    Optional<Survey> byKeyHash(String keyHash) {
        return sql.client().sql(SURVEY + "where s.token_hash = :hash").param("hash", keyHash)
                .query(Survey.class).optional();
    }

    /** Stores a sent survey; {@code keyHash} null when it is asked by phone only. */
    long insert(TicketFacts ticket, Instant sentAt, Instant expiresAt, String keyHash, String language) {
        return sql.client().sql("""
                        insert into csat_survey (ticket_id, customer_id, agent_id, team_id, category_id, sent_at,
                                                 expires_at, token_hash, language)
                        values (:ticket, :customer, :agent, :team, :category, :sent, :expires, :hash, :language)
                        returning id""")
                .param("ticket", ticket.id())
                .param("customer", ticket.customerId())
                .param("agent", ticket.assigneeId())
                .param("team", ticket.teamId())
                .param("category", ticket.categoryId())
                .param("sent", Timestamp.from(sentAt))
                .param("expires", Timestamp.from(expiresAt))
                .param("hash", keyHash)
                .param("language", language)
                .query(Long.class).single();
    }

    /** Records the answer unless the survey has one already (one statement: two answers cannot both land). */
    boolean answer(long surveyId, int rating, String comment, String source, UUID recordedBy, Instant at) {
        return sql.client().sql("""
                        update csat_survey set rating = :rating, comment = :comment, source = :source,
                                               recorded_by = :recordedBy, answered_at = :at
                        where id = :id and answered_at is null""")
                .param("rating", rating)
                .param("comment", comment)
                .param("source", source)
                .param("recordedBy", recordedBy)
                .param("at", Timestamp.from(at))
                .param("id", surveyId)
                .update() == 1;
    }
}
