package com.cartera.tenancy;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The schema names that belong to tenants, checked against the control table before a connection is
 * pointed at one. A name another replica created since is looked up once and remembered.
 */
@Component
class TenantSchemaRegistry {

    private final JdbcTemplate jdbc;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    TenantSchemaRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean isTenantSchema(String schema) {
        if (known.contains(schema)) {
            return true;
        }
        if (!TenantRef.isValidSchemaName(schema)) {
            return false;
        }
        Boolean exists = jdbc.queryForObject(
                "select exists(select 1 from cartera.tenant where schema_name = ?)", Boolean.class, schema);
        if (Boolean.TRUE.equals(exists)) {
            known.add(schema);
            return true;
        }
        return false;
    }

    void forget(String schema) {
        known.remove(schema);
    }
}
