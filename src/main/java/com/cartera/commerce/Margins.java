package com.cartera.commerce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.cartera.tenancy.TenantSql;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Margins of purchase lines: a line's margin is its amount minus quantity × the product's unit cost in force on the
 * purchase day (rounded to cents, half up). A line whose product had no cost that day has no margin: its revenue is
 * counted apart ("without cost"), never as 100 % margin. Read by customer, day and product for the analytics
 * aggregates: the named interface through which other modules read margins without SQL on commerce's tables. Runs in
 * the caller's transaction; not secured: the analytics jobs read it with nobody signed in, and callers check their
 * own callers.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY, readOnly = true)
public class Margins {

    /**
     * The lines of one customer, day and product summed: revenue of every line, cost of the lines with a known cost,
     * revenue of the lines without one.
     */
    public record Row(long customerId, LocalDate day, long productId, BigDecimal revenue, BigDecimal cost,
                      BigDecimal revenueWithoutCost) {

        /** Revenue of the lines whose cost is known minus their cost. */
        public BigDecimal margin() {
            return revenue.subtract(revenueWithoutCost).subtract(cost);
        }
    }

    private static final String ROWS = """
            select p.customer_id, p.purchased_on, l.product_id, sum(l.amount) as revenue,
                   coalesce(sum(round(l.quantity * c.unit_cost, 2)), 0) as cost,
                   coalesce(sum(l.amount) filter (where c.unit_cost is null), 0) as revenue_without_cost
            from purchase p
                     join purchase_line l on l.purchase_id = p.id
                     left join lateral (select pc.unit_cost from product_cost pc
                                        where pc.product_id = l.product_id and pc.valid_from <= p.purchased_on
                                        order by pc.valid_from desc limit 1) c on true
            where %s
            group by p.customer_id, p.purchased_on, l.product_id
            order by p.customer_id, p.purchased_on, l.product_id""";
    private static final int FETCH_SIZE = 10_000;

    private final TenantSql sql;

    Margins(TenantSql sql) {
        this.sql = sql;
    }

    /** Quantity × unit cost rounded to cents (half up), as every margin here counts it. */
    public static BigDecimal lineCost(BigDecimal quantity, BigDecimal unitCost) {
        return quantity.multiply(unitCost).setScale(2, RoundingMode.HALF_UP);
    }

    /** A line's margin; empty when the product had no cost in force on the purchase day ({@code unitCost} null). */
    public static Optional<BigDecimal> lineMargin(BigDecimal amount, BigDecimal quantity, BigDecimal unitCost) {
        return unitCost == null ? Optional.empty() : Optional.of(amount.subtract(lineCost(quantity, unitCost)));
    }

    /** The rows of the given customers, by customer, day and product. */
    public List<Row> of(Collection<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return List.of();
        }
        return sql.client().sql(ROWS.formatted("p.customer_id = any (cast(:ids as bigint[]))"))
                .param("ids", new SqlArrayValue("bigint", customerIds.toArray()))
                .query(Margins::row).list();
    }

    /** The rows of the lines of one product bought on or after {@code fromDay}: what a cost change may move. */
    public List<Row> ofProductSince(long productId, LocalDate fromDay) {
        return sql.client().sql(ROWS.formatted("l.product_id = :product and p.purchased_on >= :from"))
                .param("product", productId).param("from", fromDay)
                .query(Margins::row).list();
    }

    /** Hands each customer's rows to {@code consumer}, by customer id, streaming rather than loading all. */
    public void forEachCustomer(Consumer<List<Row>> consumer) {
        var current = new ArrayList<Row>();
        sql.client().sql(ROWS.formatted("true"))
                .withFetchSize(FETCH_SIZE)
                .query(rows -> {
                    Row row = row(rows, 0);
                    if (!current.isEmpty() && current.getFirst().customerId() != row.customerId()) {
                        consumer.accept(List.copyOf(current));
                        current.clear();
                    }
                    current.add(row);
                });
        if (!current.isEmpty()) {
            consumer.accept(List.copyOf(current));
        }
    }

    private static Row row(ResultSet rows, int n) throws SQLException {
        return new Row(rows.getLong(1), rows.getDate(2).toLocalDate(), rows.getLong(3), rows.getBigDecimal(4),
                rows.getBigDecimal(5), rows.getBigDecimal(6));
    }
}
