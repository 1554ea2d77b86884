package com.cartera.customer;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import com.cartera.security.Role;
import com.cartera.tenancy.TenantSql;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The names of customers by id, those in the bin too, for lists another module keeps by customer id (invoices).
 * A name is no secret inside the workspace: every role may read it.
 */
@Component
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MARKETING, Role.Names.SUPPORT, Role.Names.FINANCE,
        Role.Names.MANAGEMENT})
public class CustomerNames {

    private record Named(long id, String name) {
    }

    private final TenantSql sql;

    CustomerNames(TenantSql sql) {
        this.sql = sql;
    }

    /** The name of each of {@code ids} that exists. */
    public Map<Long, String> of(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return sql.client().sql("select id, name from customer where id in (:ids)")
                .param("ids", ids.stream().distinct().toList())
                .query(Named.class).list().stream()
                .collect(Collectors.toMap(Named::id, Named::name));
    }
}
