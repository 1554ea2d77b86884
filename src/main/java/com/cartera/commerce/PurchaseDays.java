package com.cartera.commerce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import com.cartera.tenancy.TenantSql;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every customer's distinct purchase days with the total and the number of purchases of each, for the analytics
 * aggregates and models: the named interface of records through which other modules read the purchase history
 * without SQL on {@code purchase}. Days are the purchases' dates as recorded, in the workspace's calendar. Runs in
 * the caller's transaction; not secured: the analytics jobs read it with nobody signed in, and callers check their
 * own callers.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY, readOnly = true)
public class PurchaseDays {

    /** One day a customer bought on: the total of that day and how many purchases made it. */
    public record Day(LocalDate day, BigDecimal amount, int orders) {
    }

    /** A customer's purchase days, oldest first. */
    public record CustomerDays(long customerId, List<Day> days) {
    }

    private static final String DAYS = """
            select customer_id, purchased_on, sum(total) as amount, count(*) as orders from purchase %s
            group by customer_id, purchased_on order by customer_id, purchased_on""";
    private static final int FETCH_SIZE = 10_000;

    private final TenantSql sql;

    PurchaseDays(TenantSql sql) {
        this.sql = sql;
    }

    /** The purchase days of those of the given customers who bought, by customer id. */
    public List<CustomerDays> of(Collection<Long> customerIds) {
        var customers = new ArrayList<CustomerDays>();
        if (!customerIds.isEmpty()) {
            var grouping = new Grouping(customers::add);
            sql.client().sql(DAYS.formatted("where customer_id = any (cast(:ids as bigint[]))"))
                    .param("ids", new SqlArrayValue("bigint", customerIds.toArray()))
                    .query(rows -> {
                        grouping.add(rows.getLong(1), day(rows));
                    });
            grouping.finish();
        }
        return customers;
    }

    /** Hands each customer with purchases to {@code consumer}, by customer id, streaming rather than loading all. */
    public void forEachCustomer(Consumer<CustomerDays> consumer) {
        var grouping = new Grouping(consumer);
        sql.client().sql(DAYS.formatted(""))
                .withFetchSize(FETCH_SIZE)
                .query(rows -> {
                    grouping.add(rows.getLong(1), day(rows));
                });
        grouping.finish();
    }

    private static Day day(java.sql.ResultSet rows) throws java.sql.SQLException {
        return new Day(rows.getDate(2).toLocalDate(), rows.getBigDecimal(3), rows.getInt(4));
    }

    /** Gathers rows ordered by customer into one {@link CustomerDays} per customer. */
    private static final class Grouping {

        private final Consumer<CustomerDays> consumer;
        private final List<Day> current = new ArrayList<>();
        private long customer = -1;

        Grouping(Consumer<CustomerDays> consumer) {
            this.consumer = consumer;
        }

        void add(long customerId, Day day) {
            if (customerId != customer) {
                finish();
                customer = customerId;
            }
            current.add(day);
        }

        void finish() {
            if (!current.isEmpty()) {
                consumer.accept(new CustomerDays(customer, List.copyOf(current)));
                current.clear();
            }
        }
    }
}
