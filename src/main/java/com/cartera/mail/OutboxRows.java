package com.cartera.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SQL of one outbox table: a workspace's {@code mail_message} (through the tenant transaction's client) or
 * the control schema's {@code cartera.mail_outbox}, which have the same columns. Callers bring the transaction.
 */
final class OutboxRows {

    /** A message taken for sending. */
    record Claimed(UUID id, String messageId, String recipient, String from, String replyTo, String subject,
                   String text, String html, int attempts) {

        OutgoingMail mail() {
            return new OutgoingMail(messageId, from, replyTo, recipient, subject, text, html);
        }
    }

    /** A message as the admin's mail view lists it. */
    record Listed(UUID id, Instant createdAt, String recipient, String template, String subject, MailState state,
                  int attempts, Instant nextAttemptAt, Instant sentAt, MailFailure.Kind errorKind, String error) {
    }

    static final OutboxRows WORKSPACE = new OutboxRows("mail_message");
    static final OutboxRows CONTROL = new OutboxRows("cartera.mail_outbox");

    private final String table;

    private OutboxRows(String table) {
        this.table = table;
    }

    void insert(JdbcClient jdbc, UUID id, String messageId, MailRequest request, String from, String replyTo,
                RenderedMail rendered, Instant now) {
        jdbc.sql("insert into " + table + """
                         (id, message_id, recipient, template, locale, from_address, reply_to, subject, text_body,
                          html_body, state, attempts, next_attempt_at, created_at)
                        values (:id, :messageId, :recipient, :template, :locale, :from, :replyTo, :subject, :text,
                                :html, 'QUEUED', 0, :now, :now)""")
                .param("id", id).param("messageId", messageId).param("recipient", request.to())
                .param("template", request.template()).param("locale", request.locale().toLanguageTag())
                .param("from", from).param("replyTo", replyTo)
                .param("subject", rendered.subject()).param("text", rendered.text()).param("html", rendered.html())
                .param("now", at(now))
                .update();
    }

    /**
     * Takes up to {@code limit} due messages: queued ones whose time has come and SENDING ones whose lease ran
     * out (their worker stopped). Rows another worker holds are skipped, so replicas share the work.
     */
    List<Claimed> claim(JdbcClient jdbc, Instant now, Instant leaseUntil, int limit) {
        return jdbc.sql("update " + table + " m set state = 'SENDING', attempts = m.attempts + 1, lease_until = :lease"
                        + " where m.id in (select id from " + table + """
                         where (state = 'QUEUED' and next_attempt_at <= :now) or (state = 'SENDING' and lease_until <= :now)
                         order by next_attempt_at limit :limit for update skip locked)
                        returning m.id, m.message_id, m.recipient, m.from_address, m.reply_to, m.subject, m.text_body,
                                  m.html_body, m.attempts""")
                .param("now", at(now)).param("lease", at(leaseUntil)).param("limit", limit)
                .query((rs, n) -> new Claimed(rs.getObject("id", UUID.class), rs.getString("message_id"),
                        rs.getString("recipient"), rs.getString("from_address"), rs.getString("reply_to"),
                        rs.getString("subject"), rs.getString("text_body"), rs.getString("html_body"),
                        rs.getInt("attempts")))
                .list();
    }

    /** The server took the message. Only a row this worker still holds (SENDING) changes. */
    void sent(JdbcClient jdbc, UUID id, Instant now) {
        jdbc.sql("update " + table + " set state = 'SENT', sent_at = :now, lease_until = null, last_error = null,"
                        + " last_error_kind = null where id = :id and state = 'SENDING'")
                .param("now", at(now)).param("id", id).update();
    }

    /** The attempt failed: queued again for {@code retryAt}, or FAILED when that is null. */
    void failed(JdbcClient jdbc, UUID id, MailFailure failure, Instant retryAt) {
        jdbc.sql("update " + table + """
                         set state = :state, next_attempt_at = coalesce(:retryAt, next_attempt_at), lease_until = null,
                             last_error_kind = :kind, last_error = :error
                        where id = :id and state = 'SENDING'""")
                .param("state", retryAt == null ? "FAILED" : "QUEUED")
                .param("retryAt", retryAt == null ? null : at(retryAt))
                .param("kind", failure.kind().name()).param("error", failure.detail())
                .param("id", id).update();
    }

    /** When the next message of this table falls due, if any waits. */
    Optional<Instant> nextDue(JdbcClient jdbc) {
        return jdbc.sql("select min(case when state = 'QUEUED' then next_attempt_at else lease_until end) from "
                        + table + " where state in ('QUEUED', 'SENDING')")
                .query((rs, n) -> instant(rs, 1)).optional().filter(java.util.Objects::nonNull);
    }

    /** A FAILED message starts again with a fresh count of attempts; false when it is not FAILED. */
    boolean requeue(JdbcClient jdbc, UUID id, Instant now) {
        return jdbc.sql("update " + table + " set state = 'QUEUED', attempts = 0, next_attempt_at = :now"
                        + " where id = :id and state = 'FAILED'")
                .param("now", at(now)).param("id", id).update() == 1;
    }

    List<Listed> page(JdbcClient jdbc, int offset, int limit) {
        return jdbc.sql("select id, created_at, recipient, template, subject, state, attempts, next_attempt_at,"
                        + " sent_at, last_error_kind, last_error from " + table
                        + " order by created_at desc, id limit :limit offset :offset")
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> new Listed(rs.getObject("id", UUID.class), instant(rs, 2), rs.getString("recipient"),
                        rs.getString("template"), rs.getString("subject"), MailState.valueOf(rs.getString("state")),
                        rs.getInt("attempts"), instant(rs, 8), instant(rs, 9),
                        rs.getString("last_error_kind") == null ? null
                                : MailFailure.Kind.valueOf(rs.getString("last_error_kind")),
                        rs.getString("last_error")))
                .list();
    }

    int count(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
