package com.cartera.finance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.cartera.customer.CustomerNames;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.security.Role;
import com.cartera.tenancy.TenantSql;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invoice list: a page of the invoices and credit notes matching a filter, drafts first, then newest issue
 * first (the id breaks ties, so paging is stable), and the count of matches up to a limit.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.MANAGEMENT})
public class InvoiceQueue {

    /** What the list counts to before it says "more than". */
    public static final int COUNT_LIMIT = 10_000;

    private static final String ORDER = " order by i.issued_on desc nulls first, i.id desc";

    private record Row(long id, String number, InvoiceKind kind, long customerId, InvoiceStatus status,
                       LocalDate issuedOn, LocalDate dueOn, java.math.BigDecimal total,
                       java.math.BigDecimal openAmount) {
    }

    private record Where(String sql, Map<String, Object> parameters) {
    }

    private final TenantSql sql;
    private final CustomerNames names;
    private final WorkspaceCalendar calendar;

    InvoiceQueue(TenantSql sql, CustomerNames names, WorkspaceCalendar calendar) {
        this.sql = sql;
        this.names = names;
        this.calendar = calendar;
    }

    public List<InvoiceRow> page(InvoiceFilter filter, long offset, int limit) {
        Where where = where(filter);
        List<Row> rows = sql.client().sql("""
                        select i.id, i.number, i.kind, i.customer_id, i.status, i.issued_on, i.due_on, i.total,
                               i.open_amount
                        from invoice i""" + where.sql() + ORDER + " limit :limit offset :offset")
                .params(where.parameters()).param("limit", limit).param("offset", offset)
                .query(Row.class).list();
        Map<Long, String> customerNames = names.of(rows.stream().map(Row::customerId).collect(Collectors.toSet()));
        return rows.stream().map(row -> new InvoiceRow(row.id(), row.number(), row.kind(), row.customerId(),
                customerNames.getOrDefault(row.customerId(), "#" + row.customerId()), row.status(), row.issuedOn(),
                row.dueOn(), row.total(), row.openAmount())).toList();
    }

    public InvoiceCount countUpTo(InvoiceFilter filter, int limit) {
        Where where = where(filter);
        long counted = sql.client().sql("select count(*) from (select 1 from invoice i" + where.sql()
                        + " limit :limit) matches")
                .params(where.parameters()).param("limit", limit + 1L).query(Long.class).single();
        return counted > limit ? new InvoiceCount(limit, true) : new InvoiceCount(counted, false);
    }

    /** The day an age filter reads the ledger on: the filter's, else today in the workspace's zone. */
    public LocalDate asOf(InvoiceFilter filter) {
        return filter.asOf() != null ? filter.asOf() : calendar.today();
    }

    private Where where(InvoiceFilter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (!filter.statuses().isEmpty()) {
            // Enum names, never user text.
            conditions.add("i.status in (" + filter.statuses().stream().sorted()
                    .map(status -> "'" + status.name() + "'").collect(Collectors.joining(", ")) + ")");
        }
        if (filter.customerId() != null) {
            conditions.add("i.customer_id = :customer");
            parameters.put("customer", filter.customerId());
        }
        if (filter.issuedFrom() != null) {
            conditions.add("i.issued_on >= :issuedFrom");
            parameters.put("issuedFrom", filter.issuedFrom());
        }
        if (filter.issuedTo() != null) {
            conditions.add("i.issued_on <= :issuedTo");
            parameters.put("issuedTo", filter.issuedTo());
        }
        if (filter.byAge()) {
            LocalDate asOf = asOf(filter);
            parameters.put("asOf", asOf);
            // Open on that day by the ledger: what was booked up to it, whatever happened since.
            conditions.add("i.kind = 'INVOICE' and i.status <> 'DRAFT' and i.issued_on <= :asOf and (select"
                    + " coalesce(sum(e.amount), 0) from receivable_entry e where e.invoice_id = i.id"
                    + " and e.booked_on <= :asOf) > 0");
            if (filter.overdueOnly()) {
                conditions.add("i.due_on < :asOf");
            }
            if (filter.bucket() != null) {
                bucket(filter.bucket(), asOf, conditions, parameters);
            }
        }
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), parameters);
    }

    /** Due dates of the bucket as {@link AgeingBucket#of} counts days late: 1–30 is due in [asOf − 30, asOf − 1]. */
    private static void bucket(AgeingBucket bucket, LocalDate asOf, List<String> conditions,
                               Map<String, Object> parameters) {
        switch (bucket) {
            case NOT_DUE -> conditions.add("i.due_on >= :asOf");
            case DAYS_1_30 -> between(asOf.minusDays(30), asOf, conditions, parameters);
            case DAYS_31_60 -> between(asOf.minusDays(60), asOf.minusDays(30), conditions, parameters);
            case DAYS_61_90 -> between(asOf.minusDays(90), asOf.minusDays(60), conditions, parameters);
            case OVER_90 -> {
                conditions.add("i.due_on < :dueBefore");
                parameters.put("dueBefore", asOf.minusDays(90));
            }
        }
    }

    private static void between(LocalDate from, LocalDate before, List<String> conditions,
                                Map<String, Object> parameters) {
        conditions.add("i.due_on >= :dueFrom and i.due_on < :dueBefore");
        parameters.put("dueFrom", from);
        parameters.put("dueBefore", before);
    }
}
