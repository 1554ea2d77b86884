package com.cartera.finance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.cartera.customer.PaymentMethod;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.security.Role;
import com.cartera.tenancy.TenantSql;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads payments: one, a page of the list with a count up to a limit, a customer's latest, their open invoices
 * and account today. Finance, admin and management read the list; sales read what the customer page shows of
 * the customers they see (all of them).
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.MANAGEMENT, Role.Names.SALES})
public class Payments {

    /** What the list counts to before it says "more than". */
    public static final int COUNT_LIMIT = 10_000;

    // The customer's name is read, never written, here: the list shows who paid.
    private static final String SELECT = """
            select p.id, p.version, p.customer_id, c.name as customer_name, p.received_on, p.amount, p.currency,
                   p.method, p.reference, p.unallocated, p.notes, p.reversed_on, p.reversal_reason
            from payment p join customer c on c.id = p.customer_id
            """;

    private final TenantSql sql;
    private final WorkspaceCalendar calendar;

    Payments(TenantSql sql, WorkspaceCalendar calendar) {
        this.sql = sql;
        this.calendar = calendar;
    }

    public Optional<Payment> find(long id) {
        return sql.client().sql(SELECT + " where p.id = :id").param("id", id).query(Payments::payment).optional();
    }

    Payment require(long id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("No payment " + id));
    }

    /** The payments matching {@code filter}, latest received first, rows {@code offset} to {@code offset + limit}. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.MANAGEMENT})
    public List<Payment> page(PaymentFilter filter, int offset, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        return bind(sql.client().sql(SELECT + where
                + " order by p.received_on desc, p.id desc offset :offset limit :limit"), parameters)
                .param("offset", offset)
                .param("limit", limit)
                .query(Payments::payment).list();
    }

    /** How many payments match, counted up to {@link #COUNT_LIMIT} + 1 (more than the limit means "more than"). */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.MANAGEMENT})
    public int countUpTo(PaymentFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        return bind(sql.client().sql("select count(*) from (select 1 from payment p join customer c "
                + "on c.id = p.customer_id " + where + " limit " + (COUNT_LIMIT + 1) + ") matches"), parameters)
                .query(Integer.class).single();
    }

    /** The customer's latest {@code limit} payments. */
    public List<Payment> latest(long customerId, int limit) {
        return sql.client().sql(SELECT + """
                         where p.customer_id = :customer
                         order by p.received_on desc, p.id desc limit :limit""")
                .param("customer", customerId)
                .param("limit", limit)
                .query(Payments::payment).list();
    }

    /** The customer's issued invoices with something open today, the one due first first. */
    public List<Statement.OpenInvoice> openInvoices(long customerId) {
        LocalDate today = calendar.today();
        return sql.client().sql("""
                        select id, number, issued_on, due_on, total, open_amount from invoice
                        where customer_id = :customer and kind = 'INVOICE'
                          and status in ('ISSUED', 'PARTIALLY_PAID') and open_amount > 0
                        order by due_on, issued_on, id""")
                .param("customer", customerId)
                .query((rs, n) -> {
                    LocalDate due = rs.getObject("due_on", LocalDate.class);
                    return new Statement.OpenInvoice(rs.getLong("id"), rs.getString("number"),
                            rs.getObject("issued_on", LocalDate.class), due, rs.getBigDecimal("total"),
                            rs.getBigDecimal("open_amount"), Math.max(0, ChronoUnit.DAYS.between(due, today)));
                })
                .list();
    }

    /** The customer's account today. */
    public CustomerAccount account(long customerId) {
        return sql.client().sql("""
                        select coalesce((select sum(open_amount) from invoice
                                         where customer_id = :customer and kind = 'INVOICE'
                                           and status in ('ISSUED', 'PARTIALLY_PAID')), 0) as open_amount,
                               coalesce((select sum(open_amount) from invoice
                                         where customer_id = :customer and kind = 'INVOICE'
                                           and status in ('ISSUED', 'PARTIALLY_PAID') and due_on < :today), 0)
                                   as overdue,
                               coalesce((select sum(unallocated) from payment
                                         where customer_id = :customer and unallocated > 0
                                           and reversed_on is null), 0) as unallocated_credit""")
                .param("customer", customerId)
                .param("today", calendar.today())
                .query(CustomerAccount.class).single();
    }

    private static String where(PaymentFilter filter, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (filter.customerId() != null) {
            conditions.add("p.customer_id = :customer");
            parameters.put("customer", filter.customerId());
        }
        if (filter.from() != null) {
            conditions.add("p.received_on >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("p.received_on <= :to");
            parameters.put("to", filter.to());
        }
        if (filter.method() != null) {
            conditions.add("p.method = :method");
            parameters.put("method", filter.method().name());
        }
        if (filter.reference() != null && !filter.reference().isBlank()) {
            conditions.add("lower(p.reference) like :reference escape '\\'");
            parameters.put("reference", filter.reference().strip().toLowerCase(java.util.Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        switch (filter.state() == null ? PaymentFilter.State.ALL : filter.state()) {
            case LIVE -> conditions.add("p.reversed_on is null");
            case WITH_CREDIT -> conditions.add("p.reversed_on is null and p.unallocated > 0");
            case REVERSED -> conditions.add("p.reversed_on is not null");
            case ALL -> {
            }
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Map<String, Object> parameters) {
        parameters.forEach(statement::param);
        return statement;
    }

    private static Payment payment(ResultSet rs, int row) throws SQLException {
        return new Payment(rs.getLong("id"), rs.getLong("version"), rs.getLong("customer_id"),
                rs.getString("customer_name"), rs.getObject("received_on", LocalDate.class),
                rs.getBigDecimal("amount"), rs.getString("currency"), PaymentMethod.valueOf(rs.getString("method")),
                rs.getString("reference"), rs.getBigDecimal("unallocated"), rs.getString("notes"),
                rs.getObject("reversed_on", LocalDate.class), rs.getString("reversal_reason"));
    }
}
