package com.cartera.tenancy;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;

/**
 * Hands Hibernate pooled connections pointed at the tenant's schema, and points them back at a schema
 * with no tables when they are returned, so a connection that escapes can read nothing.
 *
 * <p>The schema is set on every checkout while the connection is in auto-commit mode, outside any
 * transaction: a {@code SET} inside a transaction that is rolled back would be undone.
 */
class TenantConnectionProvider implements MultiTenantConnectionProvider<String> {

    /** The schema with no tables that idle connections point at. */
    static final String NO_TENANT_SCHEMA = "cartera_none";

    private final DataSource dataSource;
    private final TenantSchemaRegistry registry;

    TenantConnectionProvider(DataSource dataSource, TenantSchemaRegistry registry) {
        this.dataSource = dataSource;
        this.registry = registry;
    }

    @Override
    public Connection getAnyConnection() throws SQLException {
        Connection connection = dataSource.getConnection();
        pointAt(connection, NO_TENANT_SCHEMA);
        return connection;
    }

    @Override
    public void releaseAnyConnection(Connection connection) throws SQLException {
        releaseConnection(NO_TENANT_SCHEMA, connection);
    }

    @Override
    public Connection getConnection(String schema) throws SQLException {
        if (!NO_TENANT_SCHEMA.equals(schema) && !registry.isTenantSchema(schema)) {
            throw new SQLException("Refusing a connection to unknown tenant schema " + schema);
        }
        Connection connection = dataSource.getConnection();
        try {
            pointAt(connection, schema);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    @Override
    public void releaseConnection(String schema, Connection connection) throws SQLException {
        try {
            pointAt(connection, NO_TENANT_SCHEMA);
        } finally {
            connection.close();
        }
    }

    private static void pointAt(Connection connection, String schema) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.rollback();
            connection.setAutoCommit(true);
        }
        try (var statement = connection.createStatement()) {
            // The name is validated (TenantRef pattern or the constant) and quoted.
            statement.execute("set search_path to \"" + schema + "\", extensions");
        }
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return false;
    }

    @Override
    public boolean handlesConnectionSchema() {
        return true;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> unwrapType) {
        return unwrapType.isInstance(this);
    }

    @Override
    public <T> T unwrap(Class<T> unwrapType) {
        return unwrapType.cast(this);
    }
}
