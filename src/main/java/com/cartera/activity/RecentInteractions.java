package com.cartera.activity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.cartera.customer.Customer;
import com.cartera.customer.CustomerService;
import com.cartera.security.Role;
import com.cartera.security.TeamDirectory;
import com.cartera.security.TeamMember;
import com.cartera.tenancy.TenantSql;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The latest contacts with customers across the workspace, newest first, with whom and by whom, for the homes
 * that follow customer contact (support). Customers removed since are left out.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT, Role.Names.SUPPORT})
public class RecentInteractions {

    /** One contact: the customer, what kind, which way, when and who logged it (null names: nobody known). */
    public record Entry(long interactionId, long customerId, String customerName, InteractionKind kind,
                        InteractionDirection direction, Instant occurredAt, String authorName) {
    }

    record Row(long id, long customerId, InteractionKind kind, InteractionDirection direction, Instant occurredAt,
               UUID authorId) {
    }

    private final TenantSql sql;
    private final CustomerService customers;
    private final TeamDirectory team;

    RecentInteractions(TenantSql sql, CustomerService customers, TeamDirectory team) {
        this.sql = sql;
        this.customers = customers;
        this.team = team;
    }

    /** Up to {@code limit} contacts that happened at or after {@code from} and before {@code to}, newest first. */
    public List<Entry> latest(Instant from, Instant to, int limit) {
        List<Row> rows = sql.client().sql("""
                        select id, customer_id, kind, direction, occurred_at, author_id from interaction
                        where occurred_at >= :from and occurred_at < :to
                        order by occurred_at desc, id desc limit :limit""")
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .param("limit", limit)
                .query(Row.class)
                .list();
        return rows.stream()
                .flatMap(row -> customers.find(row.customerId()).stream().map(customer -> entry(row, customer)))
                .toList();
    }

    private Entry entry(Row row, Customer customer) {
        String author = row.authorId() == null ? null
                : team.find(row.authorId()).map(TeamMember::getDisplayName).orElse(null);
        return new Entry(row.id(), row.customerId(), customer.getName(), row.kind(), row.direction(),
                row.occurredAt(), author);
    }
}
