package com.cartera.tenancy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Creates, migrates and drops tenant schemas with Flyway's tenant migrations ({@code db/tenant}), on the
 * migration connections: a request's time limit would cut a long migration short.
 */
@Component
class TenantSchemaMigrator {

    private static final Logger log = LoggerFactory.getLogger(TenantSchemaMigrator.class);
    private static final String LOCATION = "classpath:db/tenant";

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TenancyProperties properties;

    /** Runs before Flyway's start-up migration is done, so it cannot use the JdbcTemplate bean, which waits for it. */
    TenantSchemaMigrator(MigrationDataSource migrationConnections, TenancyProperties properties) {
        this.dataSource = migrationConnections.dataSource();
        this.jdbc = new JdbcTemplate(dataSource);
        this.properties = properties;
    }

    /** Creates the schema if needed and applies every pending tenant migration. */
    void migrate(String schema) {
        requireTenantSchema(schema);
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(true)
                .locations(LOCATION)
                .load()
                .migrate();
    }

    /** Migrates every given schema, a bounded number at once, logging progress; fails if any fails. */
    void migrateAll(List<String> schemas) {
        if (schemas.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        int threads = Math.min(properties.migrationThreads(), schemas.size());
        log.info("Migrating {} tenant schemas, {} at a time", schemas.size(), threads);
        var done = new AtomicInteger();
        int step = Math.max(1, schemas.size() / 10);
        List<String> failed = new ArrayList<>();
        try (var executor = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> futures = new ArrayList<>();
            for (String schema : schemas) {
                futures.add(executor.submit(() -> {
                    migrate(schema);
                    int n = done.incrementAndGet();
                    if (n % step == 0 || n == schemas.size()) {
                        log.info("Tenant schemas migrated: {}/{}", n, schemas.size());
                    }
                }));
            }
            for (int i = 0; i < futures.size(); i++) {
                try {
                    futures.get(i).get();
                } catch (ExecutionException e) {
                    log.error("Migration of tenant schema {} failed", schemas.get(i), e.getCause());
                    failed.add(schemas.get(i));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while migrating tenant schemas", e);
                }
            }
        }
        if (!failed.isEmpty()) {
            throw new IllegalStateException("Tenant schema migrations failed for " + failed);
        }
        log.info("Migrated {} tenant schemas in {} ms", schemas.size(), (System.nanoTime() - start) / 1_000_000);
    }

    void drop(String schema) {
        requireTenantSchema(schema);
        jdbc.execute("drop schema if exists \"" + schema + "\" cascade");
    }

    private static void requireTenantSchema(String schema) {
        if (!TenantRef.isValidSchemaName(schema)) {
            throw new IllegalArgumentException("Not a tenant schema name: " + schema);
        }
    }
}
