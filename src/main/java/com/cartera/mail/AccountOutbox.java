package com.cartera.mail;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.cartera.security.AccountMail;
import com.cartera.security.AccountMessage;

/**
 * Messages about an account: those that belong to no workspace go to the control schema's outbox, an
 * invitation to the outbox of the workspace that invites. Stored in the caller's transaction when there is one.
 */
@Component
class AccountOutbox implements AccountMail {

    private final JdbcClient jdbc;
    private final MailTemplates templates;
    private final MailSenders senders;
    private final MailWorker worker;
    private final WorkspaceMail workspaceMail;
    private final Clock clock;

    AccountOutbox(JdbcClient jdbc, MailTemplates templates, MailSenders senders, MailWorker worker,
                  WorkspaceMail workspaceMail, Clock clock) {
        this.jdbc = jdbc;
        this.templates = templates;
        this.senders = senders;
        this.worker = worker;
        this.workspaceMail = workspaceMail;
        this.clock = clock;
    }

    @Override
    public void send(AccountMessage message) {
        MailRequest request = request(message);
        UUID id = UUID.randomUUID();
        MailSenders.Sender sender = senders.defaults();
        OutboxRows.CONTROL.insert(jdbc, id, senders.messageId(id), request, sender.from(), sender.replyTo(),
                templates.render(request, null), clock.instant().truncatedTo(ChronoUnit.MICROS));
        worker.wakeAfterCommit(null);
    }

    @Override
    public void sendInWorkspace(AccountMessage message) {
        workspaceMail.enqueue(request(message));
    }

    private static MailRequest request(AccountMessage message) {
        return new MailRequest(message.to(), message.locale(), message.template(), message.arguments(), java.util.List.of(),
                message.linkPath());
    }
}
