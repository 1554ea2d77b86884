package com.cartera.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.cartera.customer.WorkspaceCalendar;
import com.cartera.security.Role;
import com.cartera.tenancy.TenantSql;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a customer pays: of the invoices they paid in full, how many days after the due date on average (on time
 * counts 0) and what share late, over the last twelve months and year by year; and what they owe past due now.
 * Invoices settled by credit notes alone were not paid and do not count.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.MANAGEMENT, Role.Names.SALES})
public class PaymentBehaviour {

    /** Paid invoices of a period: how many, how many late, average days late (one decimal). */
    public record Period(int year, int paid, int paidLate, BigDecimal averageDaysLate) {

        /** Share paid late, 0 to 1 (two decimals); zero without paid invoices. */
        public BigDecimal lateShare() {
            return paid == 0 ? BigDecimal.ZERO.setScale(2)
                    : BigDecimal.valueOf(paidLate).divide(BigDecimal.valueOf(paid), 2, RoundingMode.HALF_UP);
        }
    }

    /**
     * @param lastYear        the invoices paid in the twelve months up to today ({@code year} 0)
     * @param years           the same by calendar year of payment, newest first
     * @param overdueAmount   open amount of the invoices past due today
     * @param oldestDaysPastDue days past due of the oldest of those; 0 when none
     * @param balance         open receivables less unallocated credit
     * @param creditLimit     the customer's own credit limit, else the workspace's; null: none
     */
    public record Profile(Period lastYear, List<Period> years, BigDecimal overdueAmount, int oldestDaysPastDue,
                          BigDecimal balance, BigDecimal creditLimit) {
    }

    private record Credit(BigDecimal balance, BigDecimal creditLimit) {
    }

    private record Overdue(BigDecimal amount, LocalDate oldestDue) {
    }

    private static final String PAID = """
            count(*)::int as paid, (count(*) filter (where settled_on > due_on))::int as paid_late,
            coalesce(round(avg(greatest(settled_on - due_on, 0)), 1), 0) as average_days_late
            from invoice
            where customer_id = :customer and kind = 'INVOICE' and status = 'PAID' and settled_on is not null""";

    private final TenantSql sql;
    private final WorkspaceCalendar calendar;

    PaymentBehaviour(TenantSql sql, WorkspaceCalendar calendar) {
        this.sql = sql;
        this.calendar = calendar;
    }

    public Profile of(long customerId) {
        LocalDate today = calendar.today();
        Period lastYear = sql.client().sql("select 0 as year, " + PAID + " and settled_on > :yearAgo")
                .param("customer", customerId)
                .param("yearAgo", today.minusYears(1))
                .query(Period.class).single();
        List<Period> years = sql.client().sql("select extract(year from settled_on)::int as year, " + PAID
                        + " group by 1 order by 1 desc")
                .param("customer", customerId)
                .query(Period.class).list();
        Overdue overdue = sql.client().sql("""
                        select coalesce(sum(open_amount), 0) as amount, min(due_on) as oldest_due from invoice
                        where customer_id = :customer and status in ('ISSUED', 'PARTIALLY_PAID') and due_on < :today""")
                .param("customer", customerId)
                .param("today", today)
                .query(Overdue.class).single();
        Credit credit = sql.client().sql("""
                        select coalesce((select open_amount from customer_receivable where customer_id = :customer), 0)
                               - coalesce((select sum(unallocated) from payment
                                           where customer_id = :customer and reversed_on is null), 0) as balance,
                               coalesce((select credit_limit from customer_credit where customer_id = :customer),
                                        s.default_credit_limit) as credit_limit
                        from finance_settings s""")
                .param("customer", customerId)
                .query(Credit.class).single();
        return new Profile(lastYear, years, overdue.amount().setScale(2),
                overdue.oldestDue() == null ? 0 : (int) ChronoUnit.DAYS.between(overdue.oldestDue(), today),
                credit.balance().setScale(2), credit.creditLimit());
    }
}
