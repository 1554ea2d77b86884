package com.cartera.customer;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import com.cartera.tenancy.TenantSql;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what the follow-up alerts need to know of customers and writes their computed colour and reason.
 * Alerts are computed, never edited: writing them leaves the customer's version and change stamps alone,
 * so nobody editing the customer meanwhile gets a conflict. Not secured: the hourly job calls it with
 * nobody signed in; the calling module checks its own callers.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class CustomerAlerts {

    /**
     * A live customer as the alert rules see it: its tier in force, stage and since when it exists; with its
     * name, colour now and owner, so that a change of colour can be told to the owner.
     */
    public record Subject(long customerId, ValueTier tier, LifecycleStage stage, Instant createdAt, String name,
                          AlertColour alertColour, UUID ownerId) {
    }

    /** A customer's computed alert; a null colour clears it. */
    public record Update(long customerId, AlertColour colour, String reason) {
    }

    private static final String SUBJECT = "select id as customer_id, tier, lifecycle_stage as stage, created_at,"
            + " name, alert_colour, owner_id from customer";

    private final TenantSql sql;

    CustomerAlerts(TenantSql sql) {
        this.sql = sql;
    }

    /** The live customers among {@code customerIds}. */
    public List<Subject> subjects(Collection<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return List.of();
        }
        return sql.client().sql(SUBJECT + " where id = any(cast(:ids as bigint[])) and deleted_at is null")
                .param("ids", customerIds.toArray(Long[]::new))
                .query(Subject.class)
                .list();
    }

    /** Up to {@code limit} live customers with ids above {@code afterId}, by id: one batch of a walk over all. */
    public List<Subject> subjectsAfter(long afterId, int limit) {
        return sql.client().sql(SUBJECT + " where id > :after and deleted_at is null order by id limit :limit")
                .param("after", afterId)
                .param("limit", limit)
                .query(Subject.class)
                .list();
    }

    /** Writes the alerts in one statement, touching only the customers whose alert changed; returns how many. */
    public int write(Collection<Update> updates) {
        if (updates.isEmpty()) {
            return 0;
        }
        return sql.client().sql("""
                        update customer c set alert_colour = u.colour, alert_reason = u.reason
                        from unnest(cast(:ids as bigint[]), cast(:colours as varchar[]), cast(:reasons as varchar[]))
                             as u(id, colour, reason)
                        where c.id = u.id
                          and (c.alert_colour is distinct from u.colour or c.alert_reason is distinct from u.reason)""")
                .param("ids", updates.stream().map(Update::customerId).toArray(Long[]::new))
                .param("colours", updates.stream()
                        .map(update -> update.colour() == null ? null : update.colour().name()).toArray(String[]::new))
                .param("reasons", updates.stream().map(Update::reason).toArray(String[]::new))
                .update();
    }
}
