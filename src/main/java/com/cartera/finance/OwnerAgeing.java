package com.cartera.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.cartera.customer.CustomerAssignments;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.security.Role;
import com.cartera.tenancy.TenantSql;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workspace's ageing as of a day split by the owner of each customer. Today's reads the open invoices; a past
 * day's reads the ledger booked up to it. A customer without an owner (or no longer live) counts under "no owner",
 * so the rows always add up to the workspace's ageing.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.MANAGEMENT})
public class OwnerAgeing {

    /** One owner's receivables; a null owner is "no owner". */
    public record Row(UUID ownerId, Ageing ageing) {
    }

    private record CustomerBuckets(long customerId, BigDecimal notDue, BigDecimal days1to30, BigDecimal days31to60,
                                   BigDecimal days61to90, BigDecimal over90) {
    }

    /** Owners are read this many customers at a time, to keep each statement's parameter array small. */
    static final int OWNER_BATCH = 5_000;

    // The buckets of AgeingBucket#of, in SQL so that one row per customer comes back rather than one per due day.
    private static final String BUCKETS = """
            customer_id,
            sum(amount) filter (where cast(:asOf as date) - due_on <= 0) as not_due,
            sum(amount) filter (where cast(:asOf as date) - due_on between 1 and 30) as days1to30,
            sum(amount) filter (where cast(:asOf as date) - due_on between 31 and 60) as days31to60,
            sum(amount) filter (where cast(:asOf as date) - due_on between 61 and 90) as days61to90,
            sum(amount) filter (where cast(:asOf as date) - due_on > 90) as over90""";

    private final TenantSql sql;
    private final CustomerAssignments assignments;
    private final WorkspaceCalendar calendar;

    OwnerAgeing(TenantSql sql, CustomerAssignments assignments, WorkspaceCalendar calendar) {
        this.sql = sql;
        this.assignments = assignments;
        this.calendar = calendar;
    }

    /** One row per owner with something open, the largest total first, "no owner" among them. */
    public List<Row> asOf(LocalDate asOf) {
        String query = asOf.equals(calendar.today())
                ? "select " + BUCKETS.replace("amount", "open_amount") + " " + """
                   from invoice where status in ('ISSUED', 'PARTIALLY_PAID')
                   group by customer_id"""
                : "select " + BUCKETS + " " + """
                   from receivable_entry where booked_on <= :asOf
                   group by customer_id having sum(amount) <> 0""";
        List<CustomerBuckets> customers = sql.client().sql(query).param("asOf", asOf)
                .query(CustomerBuckets.class).list();
        Map<Long, UUID> owners = owners(customers);
        Map<UUID, EnumMap<AgeingBucket, BigDecimal>> byOwner = new LinkedHashMap<>();
        for (CustomerBuckets customer : customers) {
            var sums = byOwner.computeIfAbsent(owners.get(customer.customerId()), owner -> zeros());
            add(sums, AgeingBucket.NOT_DUE, customer.notDue());
            add(sums, AgeingBucket.DAYS_1_30, customer.days1to30());
            add(sums, AgeingBucket.DAYS_31_60, customer.days31to60());
            add(sums, AgeingBucket.DAYS_61_90, customer.days61to90());
            add(sums, AgeingBucket.OVER_90, customer.over90());
        }
        return byOwner.entrySet().stream()
                .map(entry -> new Row(entry.getKey(), new Ageing(asOf, entry.getValue())))
                .sorted(Comparator.comparing((Row row) -> row.ageing().total()).reversed())
                .toList();
    }

    private Map<Long, UUID> owners(List<CustomerBuckets> customers) {
        Map<Long, UUID> owners = new HashMap<>();
        List<Long> ids = customers.stream().map(CustomerBuckets::customerId).toList();
        for (int from = 0; from < ids.size(); from += OWNER_BATCH) {
            assignments.live(new ArrayList<>(ids.subList(from, Math.min(ids.size(), from + OWNER_BATCH))))
                    .stream().filter(assignment -> assignment.ownerId() != null)
                    .forEach(assignment -> owners.put(assignment.customerId(), assignment.ownerId()));
        }
        return owners;
    }

    private static EnumMap<AgeingBucket, BigDecimal> zeros() {
        var sums = new EnumMap<AgeingBucket, BigDecimal>(AgeingBucket.class);
        for (AgeingBucket bucket : AgeingBucket.values()) {
            sums.put(bucket, BigDecimal.ZERO.setScale(2));
        }
        return sums;
    }

    private static void add(EnumMap<AgeingBucket, BigDecimal> sums, AgeingBucket bucket, BigDecimal amount) {
        if (amount != null) {
            sums.merge(bucket, amount, BigDecimal::add);
        }
    }
}
