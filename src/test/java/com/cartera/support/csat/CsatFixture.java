package com.cartera.support.csat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.cartera.TestData;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.SignedInUser;
import com.cartera.support.TicketStatus;
import com.cartera.support.TicketStatusChanged;

/**
 * Tickets and their resolution for the survey tests. Until the ticket service lands, tickets are rows written here
 * and resolving one publishes {@link TicketStatusChanged} in a tenant transaction, as the service will.
 */
public final class CsatFixture {

    private final ApplicationContext context;
    private final JdbcTemplate jdbc;
    private final TestData data;

    public CsatFixture(ApplicationContext context) {
        this.context = context;
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.data = new TestData(context);
    }

    /** A customer of the admin's workspace with {@code email} (null: none). */
    public long customer(SignedInUser admin, String name, String email) {
        return data.customer(admin, name, email, LifecycleStage.ACTIVE).getId();
    }

    /** Makes {@code owner} the customer's owner. */
    public void own(SignedInUser admin, long customerId, UUID owner) {
        jdbc.update("update " + schema(admin) + ".customer set owner_id = ? where id = ?", owner, customerId);
    }

    /** A contact person of the customer (a company) with {@code email}. */
    public long contact(SignedInUser admin, long customerId, String name, String email) {
        return jdbc.queryForObject("insert into " + schema(admin)
                + ".contact_person (company_id, name, email) values (?, ?, ?) returning id", Long.class,
                customerId, name, email);
    }

    /** An open incident of the customer, assigned to {@code assignee} (may be null), talking to {@code contact}. */
    public long ticket(SignedInUser admin, long customerId, Long contact, UUID assignee, String subject) {
        return jdbc.queryForObject("insert into " + schema(admin) + """
                        .ticket (customer_id, contact_person_id, type, channel, subject, priority, status, opened_at,
                                 updated_at, assignee_id)
                        values (?, ?, 'INCIDENT', 'EMAIL', ?, 'NORMAL', 'OPEN', now(), now(), ?) returning id""",
                Long.class, customerId, contact, subject, assignee);
    }

    /** Resolves the ticket as {@code actor} would through the ticket service: status and event in one transaction. */
    public void resolve(SignedInUser actor, long customerId, long ticketId) {
        move(actor, customerId, ticketId, TicketStatus.OPEN, TicketStatus.RESOLVED);
    }

    public void reopen(SignedInUser actor, long customerId, long ticketId) {
        move(actor, customerId, ticketId, TicketStatus.RESOLVED, TicketStatus.OPEN);
    }

    private void move(SignedInUser actor, long customerId, long ticketId, TicketStatus from, TicketStatus to) {
        jdbc.update("update " + schema(actor) + ".ticket set status = ? where id = ?", to.name(), ticketId);
        var transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        TestData.as(actor, () -> transaction.execute(status -> {
            context.publishEvent(new TicketStatusChanged(actor.workspace().tenant().id(), ticketId, customerId, from,
                    to, Instant.now(), actor.userId()));
            return null;
        }));
    }

    /** Moves the survey of the ticket past its expiry. */
    public void expire(SignedInUser admin, long ticketId) {
        jdbc.update("update " + schema(admin) + ".csat_survey set expires_at = ? where ticket_id = ?",
                Timestamp.from(Instant.now().minusSeconds(60)), ticketId);
    }

    public long count(SignedInUser admin, String where, Object... arguments) {
        return data.count("select count(*) from " + schema(admin) + ".csat_survey where " + where, arguments);
    }

    /** The survey key inside a token, to sign it for another workspace as a forger with the secret would. */
    static byte[] key(String token) {
        byte[] payload = Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.')));
        byte[] key = new byte[payload.length - 16];
        System.arraycopy(payload, 16, key, 0, key.length);
        return key;
    }

    public static String schema(SignedInUser user) {
        return user.workspace().tenant().schema();
    }
}
