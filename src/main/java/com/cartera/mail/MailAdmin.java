package com.cartera.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.cartera.security.FieldRejectedException;
import com.cartera.security.Role;
import com.cartera.tenancy.TenantScope;
import com.cartera.tenancy.TenantSql;

/**
 * What the admin's mail view shows and changes: the workspace's recent messages and their delivery, sending a
 * failed one again, the workspace's sender, and how the transport is doing. Only the workspace in scope.
 */
@Service
@Transactional
@RolesAllowed(Role.Names.ADMIN)
public class MailAdmin {

    /** One message of the workspace's outbox. */
    public record Message(UUID id, Instant createdAt, String recipient, String kind, String subject, MailState state,
                          int attempts, Instant nextAttemptAt, Instant sentAt, MailFailure.Kind errorKind,
                          String error) {
    }

    /**
     * How sending goes: through SMTP (then {@code target} is host:port) or into .eml files (then the folder), and
     * the last failure of this instance, if any.
     */
    public record Transport(boolean smtp, String target, Instant lastSuccessAt, Instant lastFailureAt,
                            MailFailure lastFailure) {
    }

    /** The workspace's own sender; null fields fall back to Cartera's defaults, shown beside them. */
    public record Sender(String from, String replyTo, String defaultFrom, String defaultReplyTo) {
    }

    private final TenantSql tenantSql;
    private final MailWorker worker;
    private final MailTransport transport;
    private final MailProperties settings;
    private final Clock clock;

    MailAdmin(TenantSql tenantSql, MailWorker worker, MailTransport transport, MailProperties settings, Clock clock) {
        this.tenantSql = tenantSql;
        this.worker = worker;
        this.transport = transport;
        this.settings = settings;
        this.clock = clock;
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<Message> recent(int offset, int limit) {
        return OutboxRows.WORKSPACE.page(tenantSql.client(), offset, limit).stream()
                .map(m -> new Message(m.id(), m.createdAt(), m.recipient(), m.template(), m.subject(), m.state(),
                        m.attempts(), m.nextAttemptAt(), m.sentAt(), m.errorKind(), m.error()))
                .toList();
    }

    @Transactional(readOnly = true)
    public int count() {
        return OutboxRows.WORKSPACE.count(tenantSql.client());
    }

    /**
     * Queues a FAILED message again with a fresh count of attempts; it is sent after commit.
     *
     * @return false when the message is not FAILED (any more) or not in this workspace
     */
    public boolean sendAgain(UUID messageId) {
        boolean queued = OutboxRows.WORKSPACE.requeue(tenantSql.client(), messageId,
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        if (queued) {
            worker.notePending(TenantScope.require());
            worker.wakeAfterCommit(TenantScope.require());
        }
        return queued;
    }

    @Transactional(readOnly = true)
    public Transport transport() {
        MailTransport.Status status = transport.status();
        return new Transport(status.smtp(), status.target(), status.lastSuccessAt(), status.lastFailureAt(),
                status.lastFailure());
    }

    @Transactional(readOnly = true)
    public Sender sender() {
        return tenantSql.client().sql("select from_address, reply_to from mail_settings")
                .query((rs, n) -> new Sender(rs.getString(1), rs.getString(2), settings.from(), settings.replyTo()))
                .optional().orElse(new Sender(null, null, settings.from(), settings.replyTo()));
    }

    /**
     * Sets the workspace's sender; blank values mean Cartera's defaults.
     *
     * @throws FieldRejectedException on {@code from} or {@code replyTo} when it is not one mail address
     */
    public void saveSender(String from, String replyTo) {
        String fromValue = blankToNull(from);
        String replyToValue = blankToNull(replyTo);
        if (fromValue != null && !MailSenders.isAddress(fromValue)) {
            throw new FieldRejectedException("from", "mail-view.address.invalid");
        }
        if (replyToValue != null && !MailSenders.isAddress(replyToValue)) {
            throw new FieldRejectedException("replyTo", "mail-view.address.invalid");
        }
        tenantSql.client().sql("""
                        insert into mail_settings (id, from_address, reply_to) values (true, :from, :replyTo)
                        on conflict (id) do update set from_address = excluded.from_address,
                                                       reply_to = excluded.reply_to,
                                                       version = mail_settings.version + 1""")
                .param("from", fromValue).param("replyTo", replyToValue).update();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
