package com.cartera.customer;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import com.cartera.tenancy.TenantSql;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The names of a few customers by id, for other modules' lists (e.g. finance's top debtors) that hold customer ids
 * only. Soft-deleted customers keep their name here: what they owe does not go away with them. Runs in the
 * caller's transaction; no permission check: the calling module states who may see its list.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY, readOnly = true)
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
                .param("ids", customerIds.toArray(Long[]::new))
                .query(Named.class)
                .stream()
                .collect(Collectors.toMap(Named::id, Named::name));
    }
}
