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
 * The names of a few customers by id, those in the bin too, for lists another module keeps by customer id
 * (invoices, top debtors): what a customer owes does not go away with them. A name is no secret inside the
 * workspace: every role may read it.
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

    /** The names of the customers among {@code customerIds} that exist; meant for a page of ids, not thousands. */
    public Map<Long, String> of(Collection<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return Map.of();
        }
        return sql.client().sql("select id, name from customer where id = any(cast(:ids as bigint[]))")
                .param("ids", customerIds.stream().distinct().toArray(Long[]::new))
                .query(Named.class)
                .list().stream()
                .collect(Collectors.toMap(Named::id, Named::name));
    }
}
