package com.cartera.commerce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.cartera.tenancy.TenantSql;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every customer's distinct purchase days with the total bought on each, for the analytics models: several
 * purchases on one day count as one. Days are the purchases' dates as recorded, in the workspace's calendar. Not
 * secured: the nightly model fit reads it with nobody signed in; callers check their own callers.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class PurchaseDays {

    /** One day a customer bought on and the total of that day. */
    public record Day(LocalDate day, BigDecimal amount) {
    }

    /** A customer's purchase days, oldest first. */
    public record CustomerDays(long customerId, List<Day> days) {
    }

    private record Row(long customerId, LocalDate day, BigDecimal amount) {
    }

    private static final int FETCH_SIZE = 10_000;

    private final TenantSql sql;

    PurchaseDays(TenantSql sql) {
        this.sql = sql;
    }

    /** Hands each customer with purchases to {@code consumer}, by customer id, streaming rather than loading all. */
    public void forEachCustomer(Consumer<CustomerDays> consumer) {
        var current = new ArrayList<Day>();
        long[] customer = {-1};
        sql.client().sql("""
                        select customer_id, purchased_on, sum(total) as amount from purchase
                        group by customer_id, purchased_on order by customer_id, purchased_on""")
                .withFetchSize(FETCH_SIZE)
                .query(rows -> {
                    long id = rows.getLong(1);
                    if (id != customer[0] && !current.isEmpty()) {
                        consumer.accept(new CustomerDays(customer[0], List.copyOf(current)));
                        current.clear();
                    }
                    customer[0] = id;
                    current.add(new Day(rows.getDate(2).toLocalDate(), rows.getBigDecimal(3)));
                });
        if (!current.isEmpty()) {
            consumer.accept(new CustomerDays(customer[0], List.copyOf(current)));
        }
    }
}
