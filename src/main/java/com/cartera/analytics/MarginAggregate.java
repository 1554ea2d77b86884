package com.cartera.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.cartera.commerce.Margins;
import com.cartera.customer.CustomerAssignments;
import com.cartera.tenancy.TenantSql;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the profitability tables of the workspace in scope: {@code analytics_margin_customer} per live customer, day
 * and product (with the customer's owner and tier as of the refresh), and its sums per day × tier × owner and per
 * day × product, corrected by taking old rows out and putting new ones in. Purchases mark their customers dirty
 * (recomputed with the rest of the customer's figures); a product cost change marks the product from its first
 * day (only that product's lines from that day on are re-read); owner and tier changes are found like other
 * customer changes. Runs in the caller's (the refresh's) transaction.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class MarginAggregate {

    private static final String SUMS = """
            insert into analytics_margin_day (day, tier, owner_id, revenue, cost, revenue_without_cost)
            select day, tier, owner_id, :sign * sum(revenue), :sign * sum(cost), :sign * sum(revenue_without_cost)
            from analytics_margin_customer where %1$s
            group by day, tier, owner_id
            on conflict (day, tier, owner_id) do update
                set revenue = analytics_margin_day.revenue + excluded.revenue,
                    cost = analytics_margin_day.cost + excluded.cost,
                    revenue_without_cost = analytics_margin_day.revenue_without_cost + excluded.revenue_without_cost;
            insert into analytics_margin_product (day, product_id, revenue, cost, revenue_without_cost)
            select day, product_id, :sign * sum(revenue), :sign * sum(cost), :sign * sum(revenue_without_cost)
            from analytics_margin_customer where %1$s
            group by day, product_id
            on conflict (day, product_id) do update
                set revenue = analytics_margin_product.revenue + excluded.revenue,
                    cost = analytics_margin_product.cost + excluded.cost,
                    revenue_without_cost = analytics_margin_product.revenue_without_cost + excluded.revenue_without_cost""";
    private static final String OF_CUSTOMERS = "customer_id = any (:ids)";
    private static final String OF_PRODUCT = "product_id = :product and day >= :from";

    private final Margins margins;
    private final CustomerAssignments assignments;
    private final TenantSql sql;
    private final AnalyticsProperties properties;

    MarginAggregate(Margins margins, CustomerAssignments assignments, TenantSql sql, AnalyticsProperties properties) {
        this.margins = margins;
        this.assignments = assignments;
        this.sql = sql;
        this.properties = properties;
    }

    /** Marks a product's lines from {@code fromDay} on for the next refresh (in the changing transaction). */
    void markCostChanged(long productId, LocalDate fromDay) {
        sql.client().sql("insert into analytics_margin_dirty (product_id, from_day) values (:product, :from)"
                        + " on conflict do nothing")
                .param("product", productId).param("from", fromDay).update();
    }

    /** Recomputes the rows of {@code customerIds} (deleted customers lose theirs). */
    void replace(Collection<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return;
        }
        var ids = new SqlArrayValue("bigint", customerIds.toArray());
        sums(OF_CUSTOMERS, -1, ids, null, null);
        sql.client().sql("delete from analytics_margin_customer where " + OF_CUSTOMERS).param("ids", ids).update();
        insert(margins.of(customerIds));
        sums(OF_CUSTOMERS, 1, ids, null, null);
    }

    /** Re-reads the lines of the products whose cost changed since the last refresh, from the day of the change. */
    void applyCostChanges() {
        Map<Long, LocalDate> changed = new HashMap<>();
        sql.client().sql("delete from analytics_margin_dirty returning product_id, from_day")
                .query(rows -> {
                    changed.merge(rows.getLong(1), rows.getDate(2).toLocalDate(),
                            (a, b) -> a.isBefore(b) ? a : b);
                });
        changed.forEach((product, from) -> {
            sums(OF_PRODUCT, -1, null, product, from);
            sql.client().sql("delete from analytics_margin_customer where " + OF_PRODUCT)
                    .param("product", product).param("from", from).update();
            insert(margins.ofProductSince(product, from));
            sums(OF_PRODUCT, 1, null, product, from);
        });
    }

    /** Empties the tables and loads every customer's rows, then their sums. */
    void rebuild() {
        sql.client().sql("truncate analytics_margin_customer, analytics_margin_day, analytics_margin_product,"
                + " analytics_margin_dirty").update();
        var batch = new ArrayList<Margins.Row>();
        var customers = new HashSet<Long>();
        margins.forEachCustomer(rows -> {
            batch.addAll(rows);
            customers.add(rows.getFirst().customerId());
            if (customers.size() >= properties.rebuildBatchSize()) {
                insert(batch);
                batch.clear();
                customers.clear();
            }
        });
        insert(batch);
        sql.client().sql("analyze analytics_margin_customer").update();
        sums("true", 1, null, null, null);
    }

    /** Writes the rows of live customers, with their owner and tier now. */
    private void insert(List<Margins.Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Map<Long, CustomerAssignments.Assignment> live = assignments
                .live(rows.stream().map(Margins.Row::customerId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(CustomerAssignments.Assignment::customerId, Function.identity()));
        List<Margins.Row> kept = rows.stream().filter(row -> live.containsKey(row.customerId())).toList();
        if (kept.isEmpty()) {
            return;
        }
        sql.client().sql("""
                        insert into analytics_margin_customer (customer_id, day, product_id, owner_id, tier, revenue,
                                                               cost, revenue_without_cost)
                        select * from unnest(:c, cast(:d as date[]), :p, cast(:o as uuid[]), cast(:t as text[]), :r,
                                             :k, :w)""")
                .param("c", new SqlArrayValue("bigint", kept.stream().map(Margins.Row::customerId).toArray()))
                .param("d", texts(kept.stream().map(Margins.Row::day).toList()))
                .param("p", new SqlArrayValue("bigint", kept.stream().map(Margins.Row::productId).toArray()))
                .param("o", texts(kept.stream().map(row -> live.get(row.customerId()).ownerId()).toList()))
                .param("t", texts(kept.stream().map(row -> live.get(row.customerId()).tier()).toList()))
                .param("r", new SqlArrayValue("numeric", kept.stream().map(Margins.Row::revenue).toArray()))
                .param("k", new SqlArrayValue("numeric", kept.stream().map(Margins.Row::cost).toArray()))
                .param("w", new SqlArrayValue("numeric", kept.stream().map(Margins.Row::revenueWithoutCost).toArray()))
                .update();
    }

    private void sums(String where, int sign, SqlArrayValue ids, Long product, LocalDate from) {
        for (String statement : SUMS.formatted(where).split(";")) {
            var spec = sql.client().sql(statement).param("sign", sign);
            if (ids != null) {
                spec = spec.param("ids", ids);
            }
            if (product != null) {
                spec = spec.param("product", product).param("from", from);
            }
            spec.update();
        }
    }

    private static SqlArrayValue texts(List<?> values) {
        return new SqlArrayValue("text", values.stream().map(v -> v == null ? null : v.toString()).toArray());
    }
}
