package com.cartera.tenancy;

import java.io.Serializable;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Identifies one tenant (workspace) and the database schema that holds its data.
 *
 * @param id     the tenant's id in the control schema
 * @param slug   the workspace's short name, unique across Cartera
 * @param schema the tenant's schema, always {@code t_} followed by the slug with '-' as '_'
 */
public record TenantRef(UUID id, String slug, String schema) implements Serializable {

    private static final Pattern SCHEMA = Pattern.compile("t_[a-z][a-z0-9_]{1,59}");

    public TenantRef {
        if (!isValidSchemaName(schema)) {
            throw new IllegalArgumentException("Not a tenant schema name: " + schema);
        }
    }

    public static boolean isValidSchemaName(String schema) {
        return schema != null && SCHEMA.matcher(schema).matches();
    }

    /** The schema a tenant with this slug gets. */
    public static String schemaFor(String slug) {
        return "t_" + slug.replace('-', '_');
    }
}
