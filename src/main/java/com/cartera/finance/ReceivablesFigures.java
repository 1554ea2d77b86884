package com.cartera.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.cartera.customer.CustomerNames;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.security.Role;
import com.cartera.tenancy.TenantSql;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workspace's receivables figures (DESIGN §5): ageing as of any day, DSO, cash collected, unallocated credit,
 * top debtors and customers over their credit limit. Every read is an aggregate of the ledger's sums per booking
 * day ({@code receivable_booked}), per due day ({@code receivable_due}, less {@code receivable_day} after a past
 * day), per customer ({@code customer_receivable}) or of the payments' daily sums, so it costs about the same on
 * five million invoices as on fifty. Periods here are closed: {@code from} and {@code to}
 * are both days of it, and "as of" a day counts everything booked up to the end of that day.
 * <p>
 * Receivables are the open invoices; unallocated credit (payments not yet allocated) is not netted from them but
 * read apart ({@link #unallocatedCredit()}) to show beside them.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.MANAGEMENT})
public class ReceivablesFigures {

    private static final String OPEN = "sum(d.invoiced - d.credited - d.collected)";

    private static final String LIMIT = "coalesce(r.credit_limit, s.default_credit_limit)";

    /** A customer's invoices past due as of :today, through invoice_customer_idx (a handful per customer). */
    private static final String OVERDUE = """
            (select coalesce(sum(i.open_amount), 0) from invoice i
             where i.customer_id = r.customer_id and i.kind = 'INVOICE' and i.status in ('ISSUED', 'PARTIALLY_PAID')
               and i.due_on < :today)""";

    private record DueOpen(LocalDate dueOn, BigDecimal open) {
    }

    private record MonthRow(LocalDate month, BigDecimal receivables, BigDecimal creditSales) {
    }

    private record OwedRow(long customerId, BigDecimal open, BigDecimal overdue, BigDecimal creditLimit) {
    }

    private final TenantSql sql;
    private final CustomerNames names;
    private final WorkspaceCalendar calendar;

    ReceivablesFigures(TenantSql sql, CustomerNames names, WorkspaceCalendar calendar) {
        this.sql = sql;
        this.names = names;
        this.calendar = calendar;
    }

    /**
     * The open receivables as of the end of {@code asOf}, by how far past due: what is open now per due day, less
     * what the ledger booked after that day (nothing for today).
     */
    public Ageing ageing(LocalDate asOf) {
        var builder = new Ageing.Builder(asOf);
        sql.client().sql("""
                        select due_on, sum(open) as open
                        from (select due_on, open from receivable_due
                              union all
                              select d.due_on, -(d.invoiced - d.credited - d.collected) from receivable_day d
                              where d.booked_on > :asOf) o
                        group by due_on having sum(open) <> 0""")
                .param("asOf", asOf)
                .query(DueOpen.class)
                .list()
                .forEach(row -> builder.add(row.dueOn(), row.open()));
        return builder.build();
    }

    /**
     * Days sales outstanding of the period [from, to]: receivables at the end of {@code to} ÷ credit sales
     * (invoiced − credited booked in the period) × days in the period, to one decimal. Empty when the period had
     * no credit sales.
     */
    public Optional<BigDecimal> dso(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A period needs from on or before to, got " + from + " to " + to);
        }
        var row = sql.client().sql("""
                        select coalesce(%s, 0) as receivables,
                               coalesce(sum(d.invoiced - d.credited) filter (where d.booked_on >= :from), 0)
                                   as credit_sales
                        from receivable_booked d where d.booked_on <= :to""".formatted(OPEN))
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)})
                .single();
        return dso(row[0], row[1], ChronoUnit.DAYS.between(from, to) + 1);
    }

    /**
     * DSO month by month from {@code from} to {@code to} (both included, none after the running month), each
     * month its own period; the running month counts its days up to today.
     */
    public List<DsoMonth> dsoTrend(YearMonth from, YearMonth to) {
        LocalDate today = calendar.today();
        YearMonth last = to.isAfter(YearMonth.from(today)) ? YearMonth.from(today) : to;
        if (last.isBefore(from)) {
            return List.of();
        }
        // One pass over the daily sums: each month's net movement, summed up to each month for its receivables.
        Map<YearMonth, MonthRow> booked = new HashMap<>();
        BigDecimal before = BigDecimal.ZERO;
        for (var row : sql.client().sql("""
                        select month, sum(open) over (order by month) as receivables, credit_sales
                        from (select cast(date_trunc('month', d.booked_on) as date) as month, %s as open,
                                     sum(d.invoiced - d.credited) as credit_sales
                              from receivable_booked d where d.booked_on < :end group by 1) m
                        order by month""".formatted(OPEN))
                .param("end", last.plusMonths(1).atDay(1))
                .query(MonthRow.class)
                .list()) {
            YearMonth month = YearMonth.from(row.month());
            if (month.isBefore(from)) {
                before = row.receivables();
            } else {
                booked.put(month, row);
            }
        }
        List<DsoMonth> months = new ArrayList<>();
        BigDecimal receivables = before;
        for (YearMonth month = from; !month.isAfter(last); month = month.plusMonths(1)) {
            MonthRow row = booked.get(month);
            BigDecimal sales = row == null ? BigDecimal.ZERO : row.creditSales();
            receivables = row == null ? receivables : row.receivables();
            int days = month.equals(YearMonth.from(today)) ? today.getDayOfMonth() : month.lengthOfMonth();
            months.add(new DsoMonth(month, receivables, sales, days, dso(receivables, sales, days).orElse(null)));
        }
        return months;
    }

    /** Payments received in [from, to] and not reversed, allocated or not (from their daily sums, V54). */
    public BigDecimal cashCollected(LocalDate from, LocalDate to) {
        return sql.client().sql("""
                        select coalesce(sum(amount), 0) from payment_day
                        where received_on between :from and :to""")
                .param("from", from)
                .param("to", to)
                .query(BigDecimal.class).single();
    }

    /** Money received and not (yet) allocated to any invoice: credit kept on customers, beside the receivables. */
    public BigDecimal unallocatedCredit() {
        return sql.client().sql("""
                        select coalesce(sum(unallocated), 0) from payment
                        where unallocated > 0 and reversed_on is null""")
                .query(BigDecimal.class).single();
    }

    /** The {@code limit} customers owing the most now, each with the part past due as of {@code today}. */
    public List<Debtor> topDebtors(int limit, LocalDate today) {
        return named(sql.client().sql("""
                        select r.customer_id, r.open_amount as open, %s as overdue, %s as credit_limit
                        from customer_receivable r cross join finance_settings s
                        where r.open_amount <> 0
                        order by r.open_amount desc, r.customer_id
                        limit :limit""".formatted(OVERDUE, LIMIT))
                .param("today", today)
                .param("limit", limit)
                .query(OwedRow.class)
                .list());
    }

    /**
     * Up to {@code limit} customers owing more than their credit limit (their own, else the workspace default),
     * largest debt first, each with the part past due today. Read in two index walks merged here, each stopping
     * after {@code limit} rows: the customers over their own limit (a partial index of them), and the largest debts
     * over the default limit among those without one.
     */
    public List<Debtor> overCreditLimit(int limit) {
        LocalDate today = calendar.today();
        List<OwedRow> over = new ArrayList<>(sql.client().sql("""
                        select r.customer_id, r.open_amount as open, %s as overdue, r.credit_limit
                        from customer_receivable r
                        where r.open_amount > r.credit_limit
                        order by r.open_amount desc, r.customer_id
                        limit :limit""".formatted(OVERDUE))
                .param("today", today)
                .param("limit", limit)
                .query(OwedRow.class)
                .list());
        // Without a workspace default only the customers' own limits count: no walk over every debtor.
        boolean withDefault = sql.client().sql("select default_credit_limit is not null from finance_settings")
                .query(Boolean.class).single();
        if (withDefault) {
            over.addAll(sql.client().sql("""
                            select r.customer_id, r.open_amount as open, %s as overdue,
                                   s.default_credit_limit as credit_limit
                            from customer_receivable r cross join finance_settings s
                            where r.open_amount <> 0 and r.open_amount > s.default_credit_limit
                              and r.credit_limit is null
                            order by r.open_amount desc, r.customer_id
                            limit :limit""".formatted(OVERDUE))
                    .param("today", today)
                    .param("limit", limit)
                    .query(OwedRow.class)
                    .list());
        }
        over.sort(Comparator.comparing(OwedRow::open).reversed().thenComparingLong(OwedRow::customerId));
        return named(over.subList(0, Math.min(limit, over.size())));
    }

    private List<Debtor> named(List<OwedRow> rows) {
        Map<Long, String> byId = names.of(rows.stream().map(OwedRow::customerId).toList());
        return rows.stream()
                .map(row -> new Debtor(row.customerId(), byId.getOrDefault(row.customerId(), "#" + row.customerId()),
                        row.open(), row.overdue(), row.creditLimit()))
                .toList();
    }

    static Optional<BigDecimal> dso(BigDecimal receivables, BigDecimal creditSales, long days) {
        if (creditSales.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(receivables.multiply(BigDecimal.valueOf(days)).divide(creditSales, 1, RoundingMode.HALF_UP));
    }
}
