package com.cartera.customer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import com.cartera.security.Role;
import com.cartera.tenancy.TenantSql;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 80/20 view of the portfolio (DESIGN §5, revenue concentration): the share of revenue that comes from the
 * top 20 % of customers. Counted are the live customers with revenue above zero, ranked by historical CLV
 * (gross revenue to date), highest first; the top 20 % are the first ceil(0.2 × n) of them. Customers with
 * equal revenue are ranked by id, which changes who is listed at the cut but never the share.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT, Role.Names.MARKETING, Role.Names.FINANCE, Role.Names.SALES})
public class RevenueConcentration {

    private static final int SHARE_SCALE = 6;
    private static final String RANKED = "from customer where deleted_at is null and revenue > 0";
    private static final String RANK_ORDER = "revenue desc, id";

    /**
     * @param customers    live customers with revenue
     * @param topCustomers how many make the top 20 %: ceil(0.2 × customers)
     * @param totalRevenue revenue of all of them
     * @param topRevenue   revenue of the top 20 %
     */
    public record Concentration(long customers, long topCustomers, BigDecimal totalRevenue, BigDecimal topRevenue) {

        /** The top 20 %'s share of revenue, 0 to 1, or zero without revenue. */
        public BigDecimal topShare() {
            return share(topRevenue, totalRevenue);
        }
    }

    /** One of the top customers, with their share of all revenue and the share of everyone up to them. */
    public record TopCustomer(long id, String name, BigDecimal revenue, BigDecimal share, BigDecimal cumulativeShare) {
    }

    /** A point of the Pareto curve: the best {@code customerShare} of customers bring {@code revenueShare}. */
    public record CurvePoint(double customerShare, double revenueShare) {
    }

    private final TenantSql sql;

    RevenueConcentration(TenantSql sql) {
        this.sql = sql;
    }

    /** The headline figures, from one consistent snapshot. */
    public Concentration concentration() {
        return sql.client().sql("""
                        select t.n as customers, (t.n + 4) / 5 as top_customers, t.total as total_revenue,
                               (select coalesce(sum(top.revenue), 0)
                                from (select revenue %1$s order by %2$s limit (t.n + 4) / 5) top) as top_revenue
                        from (select count(*) as n, coalesce(sum(revenue), 0) as total %1$s) t
                        """.formatted(RANKED, RANK_ORDER))
                .query(Concentration.class)
                .single();
    }

    private record RankedRow(long id, String name, BigDecimal revenue, BigDecimal cumulative) {
    }

    /**
     * The top customers from {@code offset}, at most {@code limit} of them and never past the top 20 % of
     * {@code of}; shares are of {@code of}'s total revenue, so that every page agrees with the headline.
     */
    public List<TopCustomer> topCustomers(Concentration of, int offset, int limit) {
        long end = Math.min(of.topCustomers(), (long) offset + limit);
        if (offset >= end) {
            return List.of();
        }
        return sql.client().sql("""
                        select id, name, revenue, cumulative
                        from (select id, name, revenue,
                                     sum(revenue) over (order by %2$s rows unbounded preceding) as cumulative
                              %1$s order by %2$s limit :end) ranked
                        order by %2$s offset :offset
                        """.formatted(RANKED, RANK_ORDER))
                .param("end", end)
                .param("offset", offset)
                .query(RankedRow.class)
                .list()
                .stream()
                .map(row -> new TopCustomer(row.id(), row.name(), row.revenue(), share(row.revenue(), of.totalRevenue()),
                        share(row.cumulative(), of.totalRevenue())))
                .toList();
    }

    private record CurveRow(long rank, long customers, BigDecimal cumulative, BigDecimal total) {
    }

    /**
     * The Pareto (Lorenz) curve in {@code points} steps from the best customers to all of them, starting at
     * (0, 0): step g is the customer at rank ceil(n × g / points). Empty without revenue.
     */
    public List<CurvePoint> curve(int points) {
        if (points < 1) {
            throw new IllegalArgumentException("A curve needs at least one point, not " + points);
        }
        List<CurveRow> rows = sql.client().sql("""
                        with ranked as (
                            select row_number() over (order by %2$s) as rank,
                                   sum(revenue) over (order by %2$s rows unbounded preceding) as cumulative
                            %1$s
                        ), totals as (
                            select count(*) as n, sum(revenue) as total %1$s
                        )
                        select distinct ranked.rank, totals.n as customers, ranked.cumulative, totals.total
                        from totals
                                 cross join generate_series(1, :points) as step
                                 join ranked on ranked.rank = ceil(totals.n * step / cast(:points as numeric))
                        order by ranked.rank
                        """.formatted(RANKED, RANK_ORDER))
                .param("points", points)
                .query(CurveRow.class)
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<CurvePoint> curve = new ArrayList<>(rows.size() + 1);
        curve.add(new CurvePoint(0, 0));
        for (CurveRow row : rows) {
            curve.add(new CurvePoint((double) row.rank() / row.customers(),
                    share(row.cumulative(), row.total()).doubleValue()));
        }
        return curve;
    }

    private static BigDecimal share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO.setScale(SHARE_SCALE)
                : part.divide(whole, SHARE_SCALE, RoundingMode.HALF_UP);
    }
}
