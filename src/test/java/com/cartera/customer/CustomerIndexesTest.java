package com.cartera.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.security.SignedInUser;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Suspending and rebuilding the customer indexes on PostgreSQL: what is dropped and kept, that the rebuilt
 * indexes are the ones dropped, that a busy table is left alone, that another workspace is never touched, and
 * that a start of the application rebuilds what an interrupted import left suspended.
 */
@CarteraIntegrationTest
class CustomerIndexesTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CustomerIndexes indexes;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    private TestData data;
    private SignedInUser admin;
    private String schema;

    @BeforeEach
    void aWorkspaceWithCustomers() {
        data = new TestData(context);
        admin = data.newWorkspace("Índices " + TestData.uniqueSlug("ix"));
        schema = admin.workspace().tenant().schema();
        data.customer(admin, "Ana García", "ana@garcia.es", LifecycleStage.ACTIVE);
        data.customer(admin, "Bruno Pérez", "bruno@perez.es", LifecycleStage.LEAD);
    }

    private Set<String> definitions(String inSchema) {
        return Set.copyOf(jdbc.queryForList(
                "select indexdef from pg_indexes where schemaname = ? and tablename = 'customer'", String.class,
                inSchema));
    }

    private Set<String> names(String inSchema) {
        return Set.copyOf(jdbc.queryForList(
                "select indexname from pg_indexes where schemaname = ? and tablename = 'customer'", String.class,
                inSchema));
    }

    @Test
    void suspendsAllButTheKeysAndTheImportsLookUpsAndRebuildsExactlyThoseDropped() {
        Set<String> before = definitions(schema);

        List<String> suspended = TestData.as(admin, () -> indexes.suspend(2000));

        assertThat(names(schema)).containsExactlyInAnyOrder("customer_pkey", "customer_external_id_idx",
                "customer_email_key_idx", "customer_tax_id_key_idx");
        assertThat(suspended).hasSize(before.size() - 4)
                .contains("customer_search_idx", "customer_grid_name_idx", "customer_name_trgm_idx");
        assertThat(data.count("select count(*) from " + schema + ".suspended_index")).isEqualTo(suspended.size());

        assertThat(TestData.as(admin, indexes::rebuild)).isEqualTo(suspended.size());

        assertThat(definitions(schema)).isEqualTo(before);
        assertThat(data.count("select count(*) from " + schema + ".suspended_index")).isZero();
        assertThat(TestData.as(admin, indexes::rebuild)).isZero();
    }

    @Test
    void anotherWorkspacesIndexesAreNeverTouched() {
        SignedInUser other = data.newWorkspace("Otro " + TestData.uniqueSlug("ix"));
        String otherSchema = other.workspace().tenant().schema();
        Set<String> theirs = definitions(otherSchema);

        TestData.as(admin, () -> indexes.suspend(2000));

        assertThat(definitions(otherSchema)).isEqualTo(theirs);
        assertThat(data.count("select count(*) from " + otherSchema + ".suspended_index")).isZero();
        TestData.as(other, indexes::rebuild);
        assertThat(names(schema)).hasSize(4);
        TestData.as(admin, indexes::rebuild);
    }

    @Test
    void aTableInUseIsLeftWithItsIndexes() throws Exception {
        Set<String> before = definitions(schema);
        try (Connection reader = dataSource.getConnection()) {
            reader.setAutoCommit(false);
            try (var statement = reader.createStatement()) {
                statement.executeQuery("select count(*) from " + schema + ".customer").close();
            }
            List<String> suspended = TestData.as(admin, () -> indexes.suspend(200));

            assertThat(suspended).isEmpty();
            reader.rollback();
        }
        assertThat(definitions(schema)).isEqualTo(before);
        assertThat(data.count("select count(*) from " + schema + ".suspended_index")).isZero();
    }

    @Test
    void theNextStartRebuildsWhatAnInterruptedImportLeftSuspended() {
        Set<String> before = definitions(schema);
        TestData.as(admin, () -> indexes.suspend(2000));

        // What the application does with every tenant schema when it starts (TenantSchemaMigrator).
        Flyway.configure().dataSource(dataSource).schemas(schema).defaultSchema(schema)
                .locations("classpath:db/tenant").load().migrate();

        assertThat(definitions(schema)).isEqualTo(before);
        assertThat(data.count("select count(*) from " + schema + ".suspended_index")).isZero();
    }
}
