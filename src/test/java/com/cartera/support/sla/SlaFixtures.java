package com.cartera.support.sla;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.SignedInUser;
import com.cartera.support.TicketOpened;
import com.cartera.support.TicketPriority;
import com.cartera.support.TicketSla;
import com.cartera.support.TicketStatus;
import com.cartera.support.TicketStatusChanged;
import com.cartera.tenancy.TenantRef;
import com.cartera.tenancy.TenantScope;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A workspace in Madrid with a customer and tickets inserted as rows, and the groundwork's events published inside a
 * tenant transaction as the ticket service does (until it exists, the tests stand in for it).
 */
final class SlaFixtures {

    final TestData data;
    final SignedInUser admin;
    final TenantRef tenant;
    final Customer customer;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final TicketSlaStore clocks;
    private final SlaSettingsStore settings;

    SlaFixtures(ApplicationContext context, String name) {
        data = new TestData(context);
        jdbc = context.getBean(JdbcTemplate.class);
        events = context;
        transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        clocks = context.getBean(TicketSlaStore.class);
        settings = context.getBean(SlaSettingsStore.class);
        admin = data.newWorkspace(name + " " + TestData.uniqueSlug("sla"));
        tenant = admin.workspace().tenant();
        jdbc.update("update " + tenant.schema() + ".workspace_settings set time_zone = 'Europe/Madrid'");
        customer = data.customer(admin, "Cliente " + name, null, LifecycleStage.ACTIVE);
    }

    /** Runs {@code work} in this workspace's scope and a transaction, with nobody signed in (as the job does). */
    <T> T inWorkspace(Supplier<T> work) {
        return TenantScope.call(tenant, () -> transaction.execute(status -> work.get()));
    }

    long ticket(TicketPriority priority, TicketStatus status, Instant openedAt, UUID assigneeId, String subject) {
        Long id = jdbc.queryForObject("insert into " + tenant.schema() + ".ticket (customer_id, type, channel, subject,"
                        + " priority, status, opened_at, updated_at, assignee_id) values (?, 'INCIDENT', 'EMAIL', ?, ?, ?,"
                        + " ?, ?, ?) returning id", Long.class, customer.getId(), subject, priority.name(), status.name(),
                Timestamp.from(openedAt), Timestamp.from(openedAt), assigneeId);
        return id;
    }

    /** Inserts the ticket and publishes its opening. */
    long opened(TicketPriority priority, Instant openedAt, UUID assigneeId, String subject) {
        long id = ticket(priority, TicketStatus.NEW, openedAt, assigneeId, subject);
        publish(new TicketOpened(tenant.id(), id, customer.getId(), priority, assigneeId, openedAt, admin.userId()));
        return id;
    }

    /** Moves the ticket's row and publishes the change. */
    void move(long ticketId, TicketStatus from, TicketStatus to, Instant at) {
        jdbc.update("update " + tenant.schema() + ".ticket set status = ? where id = ?", to.name(), ticketId);
        publish(new TicketStatusChanged(tenant.id(), ticketId, customer.getId(), from, to, at, admin.userId()));
    }

    void publish(Object event) {
        inWorkspace(() -> {
            events.publishEvent(event);
            return null;
        });
    }

    SlaRow clock(long ticketId) {
        return inWorkspace(() -> clocks.find(ticketId).orElseThrow());
    }

    TicketSla sla(long ticketId, Instant now) {
        return inWorkspace(() -> SlaReads.evaluate(clocks.findAll(List.of(ticketId)), settings, now))
                .get(ticketId);
    }

    Map<String, Object> customerAlert() {
        return jdbc.queryForMap("select alert_colour, alert_reason from " + tenant.schema() + ".customer where id = ?",
                customer.getId());
    }
}
