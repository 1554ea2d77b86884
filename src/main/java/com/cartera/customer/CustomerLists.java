package com.cartera.customer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.cartera.tenancy.TenantSql;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of customers that other screens hand to the grid ({@code /customers?list=<id>}): stored in the workspace's
 * own schema, so a list can hold a million customers without weighing on the session, and a list of one workspace
 * is not found in another. Lists expire after {@link #LIFETIME}; expired ones are removed when a new one is made.
 * Who may call: everyone who may open the customer grid.
 */
@Service
@Transactional
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MARKETING, Role.Names.SUPPORT, Role.Names.FINANCE,
        Role.Names.MANAGEMENT})
public class CustomerLists {

    /** How long a list stays: long enough for a working day at a dashboard, short enough not to pile up. */
    public static final Duration LIFETIME = Duration.ofDays(1);
    /** Longest label kept. */
    public static final int MAX_LABEL = 200;
    private static final int PAGE = 10_000;

    private final TenantSql sql;
    private final Clock clock;
    private final CurrentUser currentUser;

    CustomerLists(TenantSql sql, Clock clock, CurrentUser currentUser) {
        this.sql = sql;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /** Makes a list of the customers {@code ids} gives, named {@code label}; returns it. */
    public CustomerList create(String label, CustomerIdPages ids) {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("A customer list needs a label");
        }
        String kept = label.strip().length() > MAX_LABEL ? label.strip().substring(0, MAX_LABEL) : label.strip();
        Instant now = clock.instant();
        var client = sql.client();
        client.sql("delete from customer_list where expires_at < :now").param("now", at(now)).update();
        UUID id = UUID.randomUUID();
        Instant expiresAt = now.plus(LIFETIME);
        client.sql("insert into customer_list (id, label, size, created_by, expires_at)"
                        + " values (:id, :label, 0, :by, :expires)")
                .param("id", id).param("label", kept)
                .param("by", currentUser.get().map(user -> user.userId()).orElse(null))
                .param("expires", at(expiresAt))
                .update();
        long size = 0;
        for (int offset = 0; ; offset += PAGE) {
            List<Long> page = ids.page(offset, PAGE);
            if (!page.isEmpty()) {
                size += client.sql("insert into customer_list_entry (list_id, customer_id)"
                                + " select :id, unnest(cast(:ids as bigint[])) on conflict do nothing")
                        .param("id", id).param("ids", page.toArray(Long[]::new)).update();
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        client.sql("update customer_list set size = :size where id = :id").param("size", size).param("id", id)
                .update();
        return new CustomerList(id, kept, size, expiresAt);
    }

    /** The list {@code id} of this workspace, unless it expired or never existed here. */
    @Transactional(readOnly = true)
    public Optional<CustomerList> find(UUID id) {
        return sql.client().sql("select id, label, size, expires_at from customer_list"
                        + " where id = :id and expires_at >= :now")
                .param("id", id).param("now", at(clock.instant()))
                .query((rs, row) -> new CustomerList(rs.getObject("id", UUID.class), rs.getString("label"),
                        rs.getLong("size"), rs.getObject("expires_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
