package com.cartera.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.cartera.customer.WorkspaceCalendar;
import com.cartera.security.Role;
import com.cartera.tenancy.TenantSql;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's invoices as other modules and the customer page read them: the latest ones and what they owe now.
 * Sales reads them too (every salesperson may see every live customer).
 */
@Component
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.MANAGEMENT, Role.Names.SALES})
public class CustomerInvoices {

    /** How many of the latest documents {@link #of} returns. */
    public static final int LATEST = 20;

    private record Row(long id, String number, InvoiceKind kind, InvoiceStatus status, LocalDate issuedOn,
                       LocalDate dueOn, BigDecimal total, BigDecimal openAmount) {
    }

    private final TenantSql sql;
    private final WorkspaceCalendar calendar;

    CustomerInvoices(TenantSql sql, WorkspaceCalendar calendar) {
        this.sql = sql;
        this.calendar = calendar;
    }

    /** The customer's latest issued documents (drafts left out), newest first. */
    public List<CustomerInvoice> of(long customerId) {
        LocalDate today = calendar.today();
        return sql.client().sql("""
                        select id, number, kind, status, issued_on, due_on, total, open_amount from invoice
                        where customer_id = :customer and status <> 'DRAFT'
                        order by issued_on desc, id desc limit :limit""")
                .param("customer", customerId).param("limit", LATEST)
                .query(Row.class).list().stream()
                .map(row -> new CustomerInvoice(row.id(), row.number(), row.kind(), row.status(), row.issuedOn(),
                        row.dueOn(), row.total(), row.openAmount(), overdue(row, today)))
                .toList();
    }

    /** The customer's drafts, newest first. */
    public List<CustomerInvoice> draftsOf(long customerId) {
        return sql.client().sql("""
                        select id, number, kind, status, issued_on, due_on, total, open_amount from invoice
                        where customer_id = :customer and status = 'DRAFT' order by id desc limit :limit""")
                .param("customer", customerId).param("limit", LATEST)
                .query(Row.class).list().stream()
                .map(row -> new CustomerInvoice(row.id(), row.number(), row.kind(), row.status(), row.issuedOn(),
                        row.dueOn(), row.total(), row.openAmount(), 0)).toList();
    }

    /** What the customer owes now: the sum of their ledger. */
    public BigDecimal openBalance(long customerId) {
        return sql.client().sql("select open_amount from customer_receivable where customer_id = :customer")
                .param("customer", customerId).query(BigDecimal.class).optional()
                .orElse(BigDecimal.ZERO.setScale(2));
    }

    private static long overdue(Row row, LocalDate today) {
        boolean open = row.kind() == InvoiceKind.INVOICE
                && (row.status() == InvoiceStatus.ISSUED || row.status() == InvoiceStatus.PARTIALLY_PAID);
        return open ? Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(row.dueOn(), today)) : 0;
    }
}
