package com.cartera.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.cartera.tenancy.Tenant;
import com.cartera.tenancy.TenantDirectory;
import com.cartera.tenancy.TenantRef;
import com.cartera.tenancy.TenantScope;
import com.cartera.tenancy.TenantSql;

/**
 * Sends what the outboxes hold. A commit that queued mail wakes the worker for that outbox at once; a periodic
 * sweep picks up retries that fell due and whatever was queued before a restart.
 *
 * <p>Each message is claimed (SENDING, under a lease) in a short transaction of its own with
 * {@code FOR UPDATE SKIP LOCKED}, so replicas never take the same row; handed to the transport outside any
 * transaction; and marked SENT right after the server took it. Delivery is at least once: a worker that stops
 * between the server's acceptance and that mark leaves the row SENDING, and once its lease runs out the message is
 * sent again, with the same Message-ID so mail programs can drop the copy. Nothing is lost and, short of such a
 * crash in that instant, nothing is sent twice.
 *
 * <p>The sweep does not visit every workspace schema: enqueueing also notes the workspace in the control table
 * {@code mail_pending_workspace} (ids and a due time only, no content) in the same transaction, so a sweep costs
 * one indexed query however many thousands of workspaces there are, plus work only where mail waits.
 */
@Component
@EnableConfigurationProperties(MailProperties.class)
class MailWorker {

    private static final Logger log = LoggerFactory.getLogger(MailWorker.class);
    private static final int WORKSPACES_PER_SWEEP = 500;

    private final JdbcClient jdbc;
    private final TenantSql tenantSql;
    private final TenantDirectory tenants;
    private final MailTransport transport;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final MailProperties settings;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("mail-worker").daemon().factory());
    /** Outboxes (a tenant, or the control key) with a wake-up waiting on the executor: one is enough. */
    private final Set<Object> wakesWaiting = ConcurrentHashMap.newKeySet();
    private static final Object CONTROL = new Object();

    MailWorker(JdbcClient jdbc, TenantSql tenantSql, TenantDirectory tenants, MailTransport transport,
               PlatformTransactionManager transactionManager, Clock clock, MailProperties settings) {
        this.jdbc = jdbc;
        this.tenantSql = tenantSql;
        this.tenants = tenants;
        this.transport = transport;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        // Also when called from an after-commit callback, whose finished transaction is still bound.
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.settings = settings;
    }

    /** Notes that the workspace in scope has mail queued; runs in the caller's transaction. */
    void notePending(TenantRef tenant) {
        jdbc.sql("""
                        insert into cartera.mail_pending_workspace as p (tenant_id, due_at, queue_count) values (:tenant, :now, 1)
                        on conflict (tenant_id) do update set due_at = least(p.due_at, excluded.due_at),
                                                              queue_count = p.queue_count + 1""")
                .param("tenant", tenant.id()).param("now", OutboxRows.at(now())).update();
    }

    /**
     * Sends the outbox of {@code tenant} (null: the control outbox) once the caller's transaction has committed,
     * or at once without a transaction. A rolled-back transaction took its messages with it: nothing to send.
     */
    void wakeAfterCommit(TenantRef tenant) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake(tenant);
                }
            });
        } else {
            wake(tenant);
        }
    }

    private void wake(TenantRef tenant) {
        if (settings.deliverOnCommitThread()) {
            deliverQuietly(tenant);
            return;
        }
        Object key = tenant == null ? CONTROL : tenant;
        if (wakesWaiting.add(key)) {
            executor.execute(() -> {
                wakesWaiting.remove(key);
                deliverQuietly(tenant);
            });
        }
    }

    private void deliverQuietly(TenantRef tenant) {
        try {
            if (tenant == null) {
                deliverControl();
            } else {
                deliverWorkspace(tenant);
            }
        } catch (RuntimeException e) {
            // The messages stay queued; the sweep tries again.
            log.error("Mail delivery of {} failed", tenant == null ? "account messages" : tenant.slug(), e);
        }
    }

    /** Retries that fell due and mail queued before a restart, in the control outbox and every noted workspace. */
    @Scheduled(fixedDelayString = "${cartera.mail.sweep-interval:30s}",
            initialDelayString = "${cartera.mail.sweep-interval:30s}")
    void sweep() {
        deliverQuietly(null);
        List<UUID> due = jdbc.sql("""
                        select tenant_id from cartera.mail_pending_workspace where due_at <= :now
                        order by due_at limit :limit""")
                .param("now", OutboxRows.at(now())).param("limit", WORKSPACES_PER_SWEEP)
                .query(UUID.class).list();
        for (UUID tenantId : due) {
            tenants.find(tenantId).filter(t -> t.getStatus() == Tenant.Status.ACTIVE).map(Tenant::ref)
                    .ifPresent(this::deliverQuietly);
        }
    }

    /** Sends every due message of the control outbox; returns how many the server took. */
    int deliverControl() {
        return drain(OutboxRows.CONTROL, () -> jdbc);
    }

    /** Sends every due message of {@code tenant}'s outbox; returns how many the server took. */
    int deliverWorkspace(TenantRef tenant) {
        return TenantScope.call(tenant, () -> {
            Optional<Long> seen = jdbc.sql("select queue_count from cartera.mail_pending_workspace where tenant_id = ?")
                    .param(tenant.id()).query(Long.class).optional();
            int sent = drain(OutboxRows.WORKSPACE, tenantSql::client);
            ownTransaction.executeWithoutResult(status -> reschedule(tenant,
                    OutboxRows.WORKSPACE.nextDue(tenantSql.client()), seen));
            return sent;
        });
    }

    /**
     * Keeps the workspace's note due when its next message falls due, or removes it when nothing waits, unless
     * mail was queued meanwhile (its count moved on): then the note stays due now.
     */
    private void reschedule(TenantRef tenant, Optional<Instant> nextDue, Optional<Long> seen) {
        if (nextDue.isPresent()) {
            jdbc.sql("""
                            insert into cartera.mail_pending_workspace as p (tenant_id, due_at, queue_count)
                            values (:tenant, :due, 0)
                            on conflict (tenant_id) do update set due_at = case when p.queue_count = :seen
                                then excluded.due_at else least(p.due_at, excluded.due_at) end""")
                    .param("tenant", tenant.id()).param("due", OutboxRows.at(nextDue.get()))
                    .param("seen", seen.orElse(-1L)).update();
        } else if (seen.isPresent()) {
            jdbc.sql("delete from cartera.mail_pending_workspace where tenant_id = :tenant and queue_count = :seen")
                    .param("tenant", tenant.id()).param("seen", seen.get()).update();
        }
    }

    private int drain(OutboxRows rows, java.util.function.Supplier<JdbcClient> client) {
        int sent = 0;
        while (true) {
            Instant now = now();
            List<OutboxRows.Claimed> claimed = ownTransaction.execute(status ->
                    rows.claim(client.get(), now, now.plus(settings.lease()), settings.batchSize()));
            if (claimed == null || claimed.isEmpty()) {
                return sent;
            }
            try (MailTransport.Batch batch = transport.batch()) {
                for (OutboxRows.Claimed message : claimed) {
                    Optional<MailFailure> failure = batch.send(message.mail());
                    Instant done = now();
                    ownTransaction.executeWithoutResult(status -> {
                        if (failure.isEmpty()) {
                            rows.sent(client.get(), message.id(), done);
                        } else {
                            rows.failed(client.get(), message.id(), failure.get(),
                                    message.attempts() >= settings.maxAttempts()
                                            ? null : done.plus(settings.retryAfter(message.attempts())));
                        }
                    });
                    if (failure.isEmpty()) {
                        sent++;
                    }
                }
            }
        }
    }

    /** PostgreSQL keeps microseconds. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    @PreDestroy
    void stop() {
        // A message being sent stays SENDING; after its lease another worker sends it.
        executor.shutdownNow();
    }
}
