package com.cartera.activity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import com.cartera.tenancy.TenantSql;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many open follow-ups of each customer are past their time, read in bulk by the churn-risk scoring. Not
 * secured: the nightly job calls it with nobody signed in; callers check their own callers.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class OverdueFollowUps {

    private record Count(long customerId, int overdue) {
    }

    private final TenantSql sql;

    OverdueFollowUps(TenantSql sql) {
        this.sql = sql;
    }

    /** Customer id to the number of its open follow-ups due before {@code now}; customers with none are absent. */
    public Map<Long, Integer> countsFor(Collection<Long> customerIds, Instant now) {
        if (customerIds.isEmpty()) {
            return Map.of();
        }
        return sql.client().sql("""
                        select customer_id, count(*) as overdue from follow_up
                        where customer_id = any(:ids) and status = 'OPEN' and due_at < :now
                        group by customer_id""")
                .param("ids", new SqlArrayValue("bigint", customerIds.toArray()))
                .param("now", Timestamp.from(now))
                .query(Count.class).stream()
                .collect(Collectors.toMap(Count::customerId, Count::overdue));
    }
}
