package com.cartera.analytics;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.cartera.customer.ValueTier;
import com.cartera.security.Role;
import com.cartera.tenancy.TenantSql;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Profitability of the workspace in scope, read from the margin aggregates (DESIGN §5; kept by the analytics
 * refresh, see {@link MarginAggregate}): margin by customer tier, owner, product and month, and the customers sold
 * at a loss. A line's margin is its amount minus quantity × the product's cost in force on the purchase day; lines
 * without a known cost add to revenue and to {@code revenueWithoutCost}, never to margin. Tier and owner are the
 * customer's as of the last refresh. Support time and discounts given outside the price are not costed yet.
 *
 * <p>Who may call: ADMIN, FINANCE and MANAGEMENT.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.MANAGEMENT})
public class Profitability {

    /** The most rows a top list returns. */
    public static final int MAX_LIMIT = 1_000;

    private static final String SUMS = "coalesce(sum(revenue), 0) as revenue, coalesce(sum(cost), 0) as cost,"
            + " coalesce(sum(revenue_without_cost), 0) as revenue_without_cost";
    private static final String MARGIN = "(sum(revenue) - sum(revenue_without_cost) - sum(cost))";
    private static final String IN_PERIOD = " where day >= :from and day < :to ";

    private final TenantSql sql;

    Profitability(TenantSql sql) {
        this.sql = sql;
    }

    /** Every value tier, highest first, with its figures in {@code period} (zero where nothing was sold). */
    public List<TierMargin> byTier(Period period) {
        Map<ValueTier, Sums> byTier = new EnumMap<>(ValueTier.class);
        sql.client().sql("select tier, " + SUMS + " from analytics_margin_day" + IN_PERIOD + "group by tier")
                .param("from", period.from()).param("to", period.to())
                .query(rows -> {
                    byTier.put(ValueTier.valueOf(rows.getString(1)), sums(rows, 2));
                });
        var result = new ArrayList<TierMargin>();
        for (ValueTier tier : ValueTier.values()) {
            Sums s = byTier.getOrDefault(tier, Sums.ZERO);
            result.add(new TierMargin(tier, s.revenue, s.cost, s.margin(), s.revenueWithoutCost));
        }
        return result;
    }

    /** Each owner's figures in {@code period}, highest margin first (owner null: customers without an owner). */
    public List<OwnerMargin> byOwner(Period period) {
        return sql.client().sql("select owner_id, " + SUMS + " from analytics_margin_day" + IN_PERIOD
                        + "group by owner_id order by " + MARGIN + " desc, owner_id")
                .param("from", period.from()).param("to", period.to())
                .query((rows, n) -> {
                    Sums s = sums(rows, 2);
                    return new OwnerMargin(rows.getObject(1, UUID.class), s.revenue, s.cost, s.margin(),
                            s.revenueWithoutCost);
                })
                .list();
    }

    /** The {@code limit} products with the highest margin in {@code period}. */
    public List<ProductMargin> byProduct(Period period, int limit) {
        return sql.client().sql("select product_id, " + SUMS + " from analytics_margin_product" + IN_PERIOD
                        + "group by product_id order by " + MARGIN + " desc, product_id limit :limit")
                .param("from", period.from()).param("to", period.to()).param("limit", checked(limit))
                .query((rows, n) -> {
                    Sums s = sums(rows, 2);
                    return new ProductMargin(rows.getLong(1), s.revenue, s.cost, s.margin(), s.revenueWithoutCost);
                })
                .list();
    }

    /** Each month {@code period} touches, oldest first, with its figures inside the period. */
    public List<MonthMargin> byMonth(Period period) {
        Map<YearMonth, Sums> byMonth = new HashMap<>();
        sql.client().sql("select cast(date_trunc('month', day) as date), " + SUMS + " from analytics_margin_day"
                        + IN_PERIOD + "group by 1")
                .param("from", period.from()).param("to", period.to())
                .query(rows -> {
                    byMonth.put(YearMonth.from(rows.getObject(1, Date.class).toLocalDate()), sums(rows, 2));
                });
        var result = new ArrayList<MonthMargin>();
        for (YearMonth month = YearMonth.from(period.from()); !month.isAfter(YearMonth.from(period.lastDay()));
             month = month.plusMonths(1)) {
            Sums s = byMonth.getOrDefault(month, Sums.ZERO);
            result.add(new MonthMargin(month, s.revenue, s.cost, s.margin(), s.revenueWithoutCost));
        }
        return result;
    }

    /**
     * The customers whose margin in {@code period} is negative, largest loss first, at most {@code limit}: only
     * a customer with a negative row (day × product) can have a negative sum, and those rows are indexed.
     */
    public List<CustomerLoss> lossMaking(Period period, int limit) {
        return sql.client().sql("select customer_id, " + SUMS + " from analytics_margin_customer" + IN_PERIOD
                        + " and customer_id in (select customer_id from analytics_margin_customer" + IN_PERIOD
                        + "   and revenue - revenue_without_cost - cost < 0)"
                        + " group by customer_id having " + MARGIN + " < 0"
                        + " order by " + MARGIN + ", customer_id limit :limit")
                .param("from", period.from()).param("to", period.to()).param("limit", checked(limit))
                .query((rows, n) -> {
                    Sums s = sums(rows, 2);
                    return new CustomerLoss(rows.getLong(1), s.revenue, s.cost, s.margin(), s.revenueWithoutCost);
                })
                .list();
    }

    private static int checked(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
        return limit;
    }

    private static Sums sums(ResultSet rows, int first) throws SQLException {
        return new Sums(rows.getBigDecimal(first), rows.getBigDecimal(first + 1), rows.getBigDecimal(first + 2));
    }

    private record Sums(BigDecimal revenue, BigDecimal cost, BigDecimal revenueWithoutCost) {

        static final Sums ZERO = new Sums(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

        BigDecimal margin() {
            return revenue.subtract(revenueWithoutCost).subtract(cost);
        }
    }
}
