package com.cartera.base.db;

import java.time.Duration;

import javax.sql.DataSource;

import com.cartera.tenancy.MigrationDataSource;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Connections for Flyway migrations and for creating and dropping tenant schemas: the application's database
 * and role, but a small pool of their own whose sessions carry the migration limit instead of a request's.
 * Setting the limit on a connection of the main pool would leave it there for the next request.
 */
public class MigrationConnections implements MigrationDataSource, AutoCloseable {

    /** Enough for the tenant migrations at start-up (a few at a time, each with Flyway's own second connection). */
    private static final int MAX_CONNECTIONS = 10;

    private final HikariDataSource pool;

    MigrationConnections(HikariDataSource main, Duration limit) {
        var config = new HikariConfig();
        config.setPoolName("cartera-migrations");
        config.setJdbcUrl(main.getJdbcUrl());
        config.setUsername(main.getUsername());
        config.setPassword(main.getPassword());
        if (main.getDriverClassName() != null) {
            config.setDriverClassName(main.getDriverClassName());
        }
        config.setDataSourceProperties(main.getDataSourceProperties());
        config.setConnectionInitSql(main.getConnectionInitSql());
        config.setMaxLifetime(main.getMaxLifetime());
        config.setMaximumPoolSize(MAX_CONNECTIONS);
        // Idle between start-up and sign-ups: no connection is kept.
        config.setMinimumIdle(0);
        config.setIdleTimeout(Duration.ofSeconds(30).toMillis());
        // A migration thread waits for a free connection rather than failing.
        config.setConnectionTimeout(Duration.ofMinutes(10).toMillis());
        // Opened on first use, not when the application context is built.
        config.setInitializationFailTimeout(-1);
        SessionLimits.all(limit).applyTo(config);
        this.pool = new HikariDataSource(config);
    }

    @Override
    public DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        pool.close();
    }
}
