package com.cartera.tenancy;

import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * At start-up, before JPA is used: migrates the control schema (Spring Boot's Flyway configuration,
 * {@code db/control}), removes what sign-ups interrupted by a crash left half-made, then migrates every tenant
 * schema. All of it on the migration connections, whose time limit is the migrations', not a request's.
 */
@Component
class DatabaseMigrations implements FlywayMigrationStrategy {

    private final TenantSchemaMigrator migrator;
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    DatabaseMigrations(TenantSchemaMigrator migrator, MigrationDataSource migrationConnections) {
        this.migrator = migrator;
        this.dataSource = migrationConnections.dataSource();
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public void migrate(Flyway flyway) {
        Flyway.configure().configuration(flyway.getConfiguration()).dataSource(dataSource).load().migrate();
        discardInterruptedSignUps();
        List<String> schemas = jdbc.queryForList(
                "select schema_name from cartera.tenant where status <> 'PROVISIONING' order by created_at",
                String.class);
        migrator.migrateAll(schemas);
    }

    private void discardInterruptedSignUps() {
        List<String> schemas = jdbc.queryForList(
                "select schema_name from cartera.tenant where status = 'PROVISIONING' and created_at < now() - interval '10 minutes'",
                String.class);
        for (String schema : schemas) {
            migrator.drop(schema);
            jdbc.update("delete from cartera.tenant where schema_name = ?", schema);
        }
    }
}
