package com.cartera.support;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.cartera.tenancy.TenantSql;

/**
 * What the support desk knows that tells of a customer about to leave, read in bulk by the churn-risk scoring: open
 * incidents (tickets of type INCIDENT not yet resolved) and low ratings (1 or 2) given since a moment. Not secured:
 * the nightly refit calls it with nobody signed in; callers check their own callers.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class CustomerSupportSignals {

    /** One customer's open incidents and low ratings; customers with neither are absent from the answers. */
    public record Signals(long customerId, int openIncidents, int lowRatings) {
    }

    private final TenantSql sql;

    CustomerSupportSignals(TenantSql sql) {
        this.sql = sql;
    }

    /** The signals of {@code customerIds}, low ratings counted when answered at or after {@code ratedSince}. */
    public Map<Long, Signals> of(Collection<Long> customerIds, Instant ratedSince) {
        if (customerIds.isEmpty()) {
            return Map.of();
        }
        return sql.client().sql("""
                        select customer_id, sum(open_incidents) as open_incidents, sum(low_ratings) as low_ratings
                        from (select customer_id, count(*) as open_incidents, 0 as low_ratings from ticket
                              where customer_id = any(:ids) and type = 'INCIDENT' and status in ('NEW', 'OPEN', 'PENDING')
                              group by customer_id
                              union all
                              select customer_id, 0, count(*) from csat_survey
                              where customer_id = any(:ids) and rating <= 2 and answered_at >= :since
                              group by customer_id) signals
                        group by customer_id""")
                .param("ids", new SqlArrayValue("bigint", customerIds.toArray()))
                .param("since", Timestamp.from(ratedSince))
                .query(Signals.class).stream()
                .collect(Collectors.toMap(Signals::customerId, Function.identity()));
    }
}
