package com.cartera.customer;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import com.cartera.security.Role;
import com.cartera.tenancy.TenantSql;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dates customers entered the portfolio in a past brought from elsewhere (the demo workspace's made-up history):
 * their creation, and the first move to ACTIVE of those who came as leads, written over the stamps of the moment they
 * were saved, so that lead and conversion figures see that past. ADMIN only, in the caller's transaction.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
@RolesAllowed(Role.Names.ADMIN)
public class PastEntries {

    /**
     * @param enteredAt when the customer entered the portfolio
     * @param activeAt  when a customer created as a lead or prospect became ACTIVE, or null
     */
    public record Entry(long customerId, Instant enteredAt, Instant activeAt) {
    }

    private final TenantSql sql;

    PastEntries(TenantSql sql) {
        this.sql = sql;
    }

    public void backdate(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        var ids = new SqlArrayValue("bigint", entries.stream().map(Entry::customerId).toArray());
        var entered = new SqlArrayValue("timestamptz", entries.stream().map(e -> Timestamp.from(e.enteredAt())).toArray());
        var active = new SqlArrayValue("timestamptz", entries.stream()
                .map(e -> e.activeAt() == null ? null : Timestamp.from(e.activeAt())).toArray());
        String dates = "(select * from unnest(:ids, :entered, :active) as d (customer_id, entered_at, active_at))";
        sql.client().sql("update customer c set created_at = d.entered_at from " + dates + " d where c.id = d.customer_id")
                .param("ids", ids).param("entered", entered).param("active", active).update();
        sql.client().sql("""
                        update lifecycle_change l
                        set changed_at = case when l.from_stage is null then d.entered_at else d.active_at end
                        from %s d
                        where l.customer_id = d.customer_id
                          and (l.from_stage is null or (l.to_stage = 'ACTIVE' and d.active_at is not null))"""
                        .formatted(dates))
                .param("ids", ids).param("entered", entered).param("active", active).update();
    }
}
