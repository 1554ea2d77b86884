package com.cartera.mail;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.cartera.tenancy.Tenant;
import com.cartera.tenancy.TenantDirectory;
import com.cartera.tenancy.TenantRef;
import com.cartera.tenancy.TenantScope;
import com.cartera.tenancy.TenantSql;

/** The outbox of the workspace in scope: renders the message and stores it in the caller's transaction. */
@Component
class WorkspaceOutbox implements WorkspaceMail {

    private final TenantSql tenantSql;
    private final TenantDirectory tenants;
    private final MailTemplates templates;
    private final MailSenders senders;
    private final MailWorker worker;
    private final Clock clock;

    WorkspaceOutbox(TenantSql tenantSql, TenantDirectory tenants, MailTemplates templates, MailSenders senders,
                    MailWorker worker, Clock clock) {
        this.tenantSql = tenantSql;
        this.tenants = tenants;
        this.templates = templates;
        this.senders = senders;
        this.worker = worker;
        this.clock = clock;
    }

    @Override
    public void enqueue(MailRequest message) {
        TenantRef tenant = TenantScope.require();
        var sql = tenantSql.client();
        String workspaceName = tenants.find(tenant.id()).map(Tenant::getName).orElse(tenant.slug());
        MailSenders.Sender sender = senders.ofWorkspace(sql);
        UUID id = UUID.randomUUID();
        OutboxRows.WORKSPACE.insert(sql, id, senders.messageId(id), message, sender.from(), sender.replyTo(),
                templates.render(message, workspaceName), clock.instant().truncatedTo(ChronoUnit.MICROS));
        worker.notePending(tenant);
        worker.wakeAfterCommit(tenant);
    }
}
