package com.cartera.customer;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import com.cartera.tenancy.TenantSql;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whose each live customer is and their value tier, read in bulk by jobs of other modules that keep a per-customer
 * figure listed by owner and tier (the churn-risk scores).. Not secured: nightly jobs call it with nobody signed in;
 * callers check their own callers.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class CustomerAssignments {

    /** A live customer's owner (null: nobody's) and tier in force. */
    public record Assignment(long customerId, UUID ownerId, ValueTier tier) {
    }

    private final TenantSql sql;

    CustomerAssignments(TenantSql sql) {
        this.sql = sql;
    }

    /** The ids of the live customers {@code ownerId} owns, for figures of one person's portfolio. */
    public List<Long> ownedBy(UUID ownerId) {
        return sql.client().sql("select id from customer where owner_id = :owner and deleted_at is null")
                .param("owner", ownerId)
                .query(Long.class).list();
    }

    /** The live (not deleted) customers among {@code customerIds}. */
    public List<Assignment> live(Collection<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return List.of();
        }
        return sql.client().sql("""
                        select id as customer_id, owner_id, tier from customer
                        where id = any(:ids) and deleted_at is null""")
                .param("ids", new SqlArrayValue("bigint", customerIds.toArray()))
                .query(Assignment.class).list();
    }
}
