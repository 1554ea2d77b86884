package com.cartera.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.cartera.customer.Customer;
import com.cartera.customer.CustomerService;
import com.cartera.customer.WorkspaceSettingsService;
import com.cartera.security.Role;
import com.cartera.tenancy.TenantSql;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statements of account. Each read goes through the per-customer indexes of invoices, payments and the ledger
 * (customer id first), so a customer with thousands of documents in a workspace with millions reads only their
 * own rows. Sales read the statement of every customer they can see, which is the whole portfolio
 * ({@code CustomerPermissions}): {@link CustomerService#find} decides.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.MANAGEMENT, Role.Names.SALES})
public class Statements {

    private record Row(LocalDate onDay, String kind, long id, String document, BigDecimal amount) {
    }

    private final TenantSql sql;
    private final CustomerService customers;
    private final WorkspaceSettingsService settings;

    Statements(TenantSql sql, CustomerService customers, WorkspaceSettingsService settings) {
        this.sql = sql;
        this.customers = customers;
        this.settings = settings;
    }

    /**
     * The statement of {@code customerId} from {@code from} to {@code to}, both included.
     *
     * @throws FinanceRefusedException on field {@code to} when the period ends before it begins
     * @throws IllegalArgumentException when there is no such customer
     */
    public Statement of(long customerId, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new FinanceRefusedException("to", "finance.statement.period.order", from);
        }
        Customer customer = customers.find(customerId)
                .orElseThrow(() -> new IllegalArgumentException("No customer " + customerId));
        BigDecimal opening = openingBalance(customerId, from);
        List<Statement.Line> lines = new ArrayList<>();
        BigDecimal balance = opening;
        BigDecimal debit = BigDecimal.ZERO;
        BigDecimal credit = BigDecimal.ZERO;
        for (Row row : rows(customerId, from, to)) {
            Statement.LineKind kind = Statement.LineKind.valueOf(row.kind());
            boolean isDebit = kind == Statement.LineKind.INVOICE || kind == Statement.LineKind.REVERSAL;
            balance = isDebit ? balance.add(row.amount()) : balance.subtract(row.amount());
            if (isDebit) {
                debit = debit.add(row.amount());
            } else {
                credit = credit.add(row.amount());
            }
            lines.add(new Statement.Line(row.onDay(), kind, row.id(), row.document(), isDebit ? row.amount() : null,
                    isDebit ? null : row.amount(), balance));
        }
        return new Statement(customerId, customer.getName(), customer.getEmail(), settings.current().getCurrency(),
                from, to, opening, lines, debit, credit, balance, openInvoices(customerId, to),
                unallocatedCredit(customerId, to));
    }

    private BigDecimal openingBalance(long customerId, LocalDate from) {
        return sql.client().sql("""
                        select coalesce((select sum(case when kind = 'INVOICE' then total else -total end)
                                         from invoice where customer_id = :customer and issued_on < :from
                                                        and status <> 'DRAFT'), 0)
                             - coalesce((select sum(amount) from payment
                                         where customer_id = :customer and received_on < :from), 0)
                             + coalesce((select sum(amount) from payment
                                         where customer_id = :customer and reversed_on < :from), 0)""")
                .param("customer", customerId)
                .param("from", from)
                .query(BigDecimal.class).single();
    }

    /** Invoices before credit notes before payments before reversals on the same day, then in order of entry. */
    private List<Row> rows(long customerId, LocalDate from, LocalDate to) {
        return sql.client().sql("""
                        select on_day, kind, id, document, amount from (
                            select issued_on as on_day, case when kind = 'INVOICE' then 0 else 1 end as rank, kind,
                                   id, number as document, total as amount
                            from invoice
                            where customer_id = :customer and issued_on between :from and :to and status <> 'DRAFT'
                            union all
                            select received_on, 2, 'PAYMENT', id, reference, amount
                            from payment where customer_id = :customer and received_on between :from and :to
                            union all
                            select reversed_on, 3, 'REVERSAL', id, reference, amount
                            from payment where customer_id = :customer and reversed_on between :from and :to
                        ) documents
                        order by on_day, rank, id""")
                .param("customer", customerId)
                .param("from", from)
                .param("to", to)
                .query(Row.class).list();
    }

    /** Open as of {@code to}: the invoice's ledger entries booked up to that day, summed. */
    private List<Statement.OpenInvoice> openInvoices(long customerId, LocalDate to) {
        return sql.client().sql("""
                        select i.id, i.number, i.issued_on, i.due_on, i.total, o.open_amount
                        from (select invoice_id, sum(amount) as open_amount
                              from receivable_entry
                              where customer_id = :customer and booked_on <= :to
                              group by invoice_id
                              having sum(amount) > 0) o
                        join invoice i on i.id = o.invoice_id
                        order by i.due_on, i.id""")
                .param("customer", customerId)
                .param("to", to)
                .query((rs, n) -> {
                    LocalDate due = rs.getObject("due_on", LocalDate.class);
                    return new Statement.OpenInvoice(rs.getLong("id"), rs.getString("number"),
                            rs.getObject("issued_on", LocalDate.class), due, rs.getBigDecimal("total"),
                            rs.getBigDecimal("open_amount"), Math.max(0, ChronoUnit.DAYS.between(due, to)));
                })
                .list();
    }

    /**
     * The credit of the payments live on {@code to} not allocated by then: a payment's amount less its allocations
     * made up to that day and not reversed by it.
     */
    private BigDecimal unallocatedCredit(long customerId, LocalDate to) {
        return sql.client().sql("""
                        select coalesce(sum(p.amount - coalesce((
                                   select sum(a.amount) from payment_allocation a
                                   where a.payment_id = p.id and a.allocated_on <= :to
                                     and (a.reversed_on is null or a.reversed_on > :to)), 0)), 0)
                        from payment p
                        where p.customer_id = :customer and p.received_on <= :to
                          and (p.reversed_on is null or p.reversed_on > :to)""")
                .param("customer", customerId)
                .param("to", to)
                .query(BigDecimal.class).single();
    }
}
