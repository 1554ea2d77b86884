package com.cartera.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.cartera.customer.WorkspaceCalendar;
import com.cartera.security.Role;
import com.cartera.tenancy.TenantSql;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The customers owing the most past due as of a day: today from the open invoices, before from the ledger. */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.MANAGEMENT})
public class OverdueCustomers {

    public record Overdue(long customerId, BigDecimal amount, LocalDate oldestDue) {
    }

    private final TenantSql sql;
    private final WorkspaceCalendar calendar;

    OverdueCustomers(TenantSql sql, WorkspaceCalendar calendar) {
        this.sql = sql;
        this.calendar = calendar;
    }

    /** Up to {@code limit} customers with something past due as of {@code asOf}, the largest amount first. */
    public List<Overdue> top(LocalDate asOf, int limit) {
        String query = asOf.equals(calendar.today()) ? """
                select customer_id, sum(open_amount) as amount, min(due_on) as oldest_due from invoice
                where status in ('ISSUED', 'PARTIALLY_PAID') and due_on < :asOf
                group by customer_id order by amount desc, customer_id limit :limit"""
                : """
                select customer_id, sum(amount) as amount, min(due_on) as oldest_due
                from (select customer_id, due_on, sum(amount) as amount from receivable_entry
                      where booked_on <= :asOf and due_on < :asOf
                      group by customer_id, invoice_id, due_on having sum(amount) <> 0) open
                group by customer_id order by amount desc, customer_id limit :limit""";
        return sql.client().sql(query).param("asOf", asOf).param("limit", limit).query(Overdue.class).list();
    }
}
