package com.cartera.finance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.cartera.customer.PaymentRiskMarks;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.tenancy.TenantSql;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Judges customers' payment risk ({@link PaymentRiskJudge}) from finance's tables and writes it on the customer
 * record ({@link PaymentRiskMarks}): for the customers a booking touched, and every day for all who owe or carry a
 * risk, since invoices age with time. Not secured: it runs inside bookings and in a job with nobody signed in.
 */
@Component
public class PaymentRiskRefresh {

    /** Customers judged per statement. */
    static final int BATCH = 1_000;

    private record Row(long customerId, BigDecimal overdueAmount, LocalDate oldestDue, int paidLastYear,
                       int paidLateLastYear, BigDecimal balance, BigDecimal creditLimit) {
    }

    private final TenantSql sql;
    private final PaymentRiskMarks marks;
    private final WorkspaceCalendar calendar;
    private final Clock clock;

    PaymentRiskRefresh(TenantSql sql, PaymentRiskMarks marks, WorkspaceCalendar calendar, Clock clock) {
        this.sql = sql;
        this.marks = marks;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Judges these customers in the current transaction; returns how many marks changed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int judge(Collection<Long> customerIds) {
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        PaymentRiskJudge.Thresholds thresholds = sql.client().sql("""
                        select risk_watch_days as watch_days, risk_high_days as high_days,
                               risk_late_share as late_share
                        from finance_settings""")
                .query(PaymentRiskJudge.Thresholds.class).single();
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(customerIds));
        int changed = 0;
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<PaymentRiskMarks.Mark> batch = facts(ids.subList(from, Math.min(ids.size(), from + BATCH)), today)
                    .stream().map(row -> mark(row, today, thresholds)).toList();
            changed += marks.write(batch);
        }
        return changed;
    }

    /** The daily pass: everyone who owes or holds credit, and everyone marked (to clear who is no longer at risk). */
    @Transactional
    public int judgeAll() {
        Set<Long> ids = new LinkedHashSet<>(sql.client().sql("""
                        select customer_id from customer_receivable where open_amount <> 0
                        union select customer_id from payment where unallocated > 0 and reversed_on is null""")
                .query(Long.class).list());
        ids.addAll(marks.marked());
        return judge(ids);
    }

    private static PaymentRiskMarks.Mark mark(Row row, LocalDate today, PaymentRiskJudge.Thresholds thresholds) {
        int oldest = row.oldestDue() == null ? 0 : (int) (today.toEpochDay() - row.oldestDue().toEpochDay());
        PaymentRiskJudge.Verdict verdict = PaymentRiskJudge.judge(new PaymentRiskJudge.Facts(row.overdueAmount(),
                oldest, row.paidLastYear(), row.paidLateLastYear(), row.balance(), row.creditLimit()), thresholds);
        return new PaymentRiskMarks.Mark(row.customerId(), verdict.risk(), verdict.reasons());
    }

    private List<Row> facts(List<Long> ids, LocalDate today) {
        return sql.client().sql("""
                        select c.id as customer_id,
                               coalesce(o.amount, 0) as overdue_amount, o.oldest_due,
                               coalesce(p.paid, 0) as paid_last_year, coalesce(p.paid_late, 0) as paid_late_last_year,
                               coalesce(r.open_amount, 0) - coalesce(u.credit, 0) as balance,
                               coalesce(cc.credit_limit, s.default_credit_limit) as credit_limit
                        from unnest(:ids) as c(id)
                        cross join finance_settings s
                        left join customer_credit cc on cc.customer_id = c.id
                        left join customer_receivable r on r.customer_id = c.id
                        left join lateral (
                            select sum(open_amount) as amount, min(due_on) as oldest_due from invoice
                            where customer_id = c.id and status in ('ISSUED', 'PARTIALLY_PAID') and due_on < :today
                        ) o on true
                        left join lateral (
                            select count(*)::int as paid, (count(*) filter (where settled_on > due_on))::int as paid_late
                            from invoice
                            where customer_id = c.id and kind = 'INVOICE' and status = 'PAID' and settled_on > :yearAgo
                        ) p on true
                        left join lateral (
                            select sum(unallocated) as credit from payment
                            where customer_id = c.id and unallocated > 0 and reversed_on is null
                        ) u on true""")
                .param("ids", new SqlArrayValue("bigint", ids.toArray()))
                .param("today", today)
                .param("yearAgo", today.minusYears(1))
                .query(Row.class).list();
    }
}
