package com.cartera.marketing;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import com.cartera.customer.CustomerOrigins;
import com.cartera.customer.CustomerOrigins.Origin;
import com.cartera.security.Role;
import com.cartera.tenancy.TenantScope;
import com.cartera.tenancy.TenantSql;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts customers' first-touch times back in step with when the customer records say they entered the portfolio,
 * after those records were backdated in bulk (the demo's made-up past, customer's {@code PastEntries}): a first
 * touch is kept at creation, with the creation's time. Admin only, in the caller's transaction.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
@RolesAllowed(Role.Names.ADMIN)
public class FirstTouchTimes {

    private final CustomerOrigins origins;
    private final TenantSql sql;
    private final ApplicationEventPublisher events;

    FirstTouchTimes(CustomerOrigins origins, TenantSql sql, ApplicationEventPublisher events) {
        this.origins = origins;
        this.sql = sql;
        this.events = events;
    }

    /** @return how many first touches moved */
    public int followCreation(Collection<Long> customerIds) {
        List<Origin> read = origins.of(customerIds);
        if (read.isEmpty()) {
            return 0;
        }
        Set<Long> moved = Set.copyOf(sql.client().sql("""
                        update customer_attribution a set first_touch_at = cast(u.created as timestamptz)
                        from unnest(cast(:ids as bigint[]), cast(:created as text[])) as u(id, created)
                        where a.customer_id = u.id and a.first_touch_at <> cast(u.created as timestamptz)
                        returning a.customer_id""")
                .param("ids", new SqlArrayValue("bigint", read.stream().map(Origin::customerId).toArray()))
                .param("created", new SqlArrayValue("text", read.stream().map(Origin::createdAt)
                        .map(Instant::toString).toArray()))
                .query(Long.class).list());
        if (!moved.isEmpty()) {
            events.publishEvent(new AttributionChanged(TenantScope.require(), moved));
        }
        return moved.size();
    }
}
