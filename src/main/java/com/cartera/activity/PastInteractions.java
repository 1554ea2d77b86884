package com.cartera.activity;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import com.cartera.security.Role;
import com.cartera.tenancy.TenantSql;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Interactions of a past brought from elsewhere (the demo workspace's made-up history), written in one statement
 * rather than logged one by one, then the alerts of their customers recomputed once. Not audited: nobody logged them
 * here. ADMIN only, in the caller's transaction.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
@RolesAllowed(Role.Names.ADMIN)
public class PastInteractions {

    /** An interaction with the customer, as {@code draft} describes it, logged by {@code authorId} (null: nobody). */
    public record Entry(long customerId, InteractionDraft draft, UUID authorId) {
    }

    private final TenantSql sql;
    private final FollowUpAlerts alerts;

    PastInteractions(TenantSql sql, FollowUpAlerts alerts) {
        this.sql = sql;
        this.alerts = alerts;
    }

    /** Writes the interactions; returns how many. */
    public int insert(List<Entry> entries) {
        if (entries.isEmpty()) {
            return 0;
        }
        int written = sql.client().sql("""
                        insert into interaction (customer_id, kind, direction, occurred_at, outcome, notes, author_id)
                        select * from unnest(:customers, :kinds, :directions, :occurred, :outcomes, :notes, :authors)""")
                .param("customers", array("bigint", entries.stream().map(Entry::customerId).toArray()))
                .param("kinds", array("varchar", entries.stream().map(e -> e.draft().kind().name()).toArray()))
                .param("directions", array("varchar", entries.stream().map(e -> e.draft().direction().name())
                        .toArray()))
                .param("occurred", array("timestamptz", entries.stream()
                        .map(e -> Timestamp.from(e.draft().occurredAt())).toArray()))
                .param("outcomes", array("varchar", entries.stream()
                        .map(e -> e.draft().outcome() == null ? null : e.draft().outcome().name()).toArray()))
                .param("notes", array("varchar", entries.stream().map(e -> e.draft().notes()).toArray()))
                .param("authors", array("uuid", entries.stream().map(Entry::authorId).toArray()))
                .update();
        alerts.recompute(entries.stream().map(Entry::customerId).distinct().toList());
        return written;
    }

    /**
     * Brings the colour alerts of these customers up to date with a past just written or backdated (their creation,
     * their contacts): computed when they were saved, the alerts read the present.
     */
    public void realignAlerts(Collection<Long> customerIds) {
        alerts.recompute(customerIds);
    }

    private static SqlArrayValue array(String type, Object[] values) {
        return new SqlArrayValue(type, values);
    }
}
