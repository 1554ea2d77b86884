package com.cartera.commerce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import com.cartera.tenancy.TenantSql;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Purchases summed per customer per day, for the analytics aggregates: the named interface of records through which
 * other modules read the purchase history without SQL on {@code purchase}. Runs in the caller's transaction; no
 * permission check (the analytics refresh runs as a job, and the caller states who may see its results).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY, readOnly = true)
public class PurchaseLedger {

    /** One customer's purchases on one day. */
    public record Day(long customerId, LocalDate day, BigDecimal revenue, int orders) {
    }

    private final TenantSql sql;

    PurchaseLedger(TenantSql sql) {
        this.sql = sql;
    }

    /** The days with purchases of the given customers, by customer then day. */
    public List<Day> of(Collection<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return List.of();
        }
        return sql.client().sql("""
                        select customer_id, purchased_on as day, sum(total) as revenue, count(*) as orders
                        from purchase
                        where customer_id = any (cast(:ids as bigint[]))
                        group by customer_id, purchased_on
                        order by customer_id, purchased_on""")
                .param("ids", new SqlArrayValue("bigint", customerIds.toArray()))
                .query((row, n) -> new Day(row.getLong(1), row.getObject(2, LocalDate.class), row.getBigDecimal(3),
                        row.getInt(4)))
                .list();
    }
}
