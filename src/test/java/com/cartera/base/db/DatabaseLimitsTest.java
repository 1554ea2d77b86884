package com.cartera.base.db;

import static com.cartera.TestWorkspaces.signUp;
import static com.cartera.TestWorkspaces.uniqueSlug;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestWorkspaces;
import com.cartera.customer.TagService;
import com.cartera.security.SignedInUser;
import com.cartera.security.SignupService;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Time limits and the database role on the real database: every pooled connection carries a request's limits,
 * a transaction has a deadline, work past its limit is cancelled and leaves nothing saved, bulk work and
 * migrations run with longer limits that do not leak into the pool, and the application is no superuser.
 */
@CarteraIntegrationTest
class DatabaseLimitsTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JpaTransactionManager transactionManager;
    @Autowired
    EntityManager entityManager;
    @Autowired
    BulkWork bulkWork;
    @Autowired
    MigrationConnections migrationConnections;
    @Autowired
    SignupService signups;
    @Autowired
    TagService tags;

    private static Map<String, Object> limits(JdbcTemplate jdbc) {
        return jdbc.queryForMap("select current_setting('statement_timeout') as statement,"
                + " current_setting('lock_timeout') as lock,"
                + " current_setting('idle_in_transaction_session_timeout') as idle");
    }

    @Test
    void everyPooledConnectionCarriesTheRequestLimits() throws SQLException {
        assertThat(limits(jdbc)).containsExactlyInAnyOrderEntriesOf(
                Map.of("statement", "30s", "lock", "10s", "idle", "1min"));
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getNetworkTimeout()).as("socket timeout, ms").isEqualTo(45_000);
        }
        assertThat(transactionManager.getDefaultTimeout()).as("transaction timeout, s").isEqualTo(30);
    }

    @Test
    void aTransactionPastItsDeadlineIsCancelledAndSavesNothing() {
        SignedInUser admin = signUp(signups, uniqueSlug("deadline"));
        var transaction = new TransactionTemplate(transactionManager);
        transaction.setTimeout(1);

        assertThatThrownBy(() -> TestWorkspaces.as(admin, () -> transaction.executeWithoutResult(status -> {
            tags.create("Creada antes del corte", "#123456");
            // Cancelled by the driver when the transaction's second is up.
            entityManager.createNativeQuery("select pg_sleep(10)").getSingleResult();
        }))).satisfies(error -> assertThat(QueryTimeouts.isTimeout(error)).as(error.toString()).isTrue());

        assertThat(TestWorkspaces.as(admin, () -> tags.all())).isEmpty();
    }

    @Test
    void statementAndLockTimeoutsOfTheServerAreRecognised() throws SQLException {
        var transaction = new TransactionTemplate(transactionManager);
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            jdbc.execute("set local statement_timeout = 100");
            jdbc.queryForObject("select pg_sleep(10)", Object.class);
        })).satisfies(error -> assertThat(QueryTimeouts.isTimeout(error)).as(error.toString()).isTrue());

        jdbc.execute("create schema if not exists limits_probe");
        jdbc.execute("create table if not exists limits_probe.busy (id int)");
        try (var holder = dataSource.getConnection(); var statement = holder.createStatement()) {
            holder.setAutoCommit(false);
            statement.execute("lock table limits_probe.busy in access exclusive mode");
            assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                jdbc.execute("set local lock_timeout = 100");
                jdbc.queryForObject("select count(*) from limits_probe.busy", Long.class);
            })).satisfies(error -> assertThat(QueryTimeouts.isTimeout(error)).as(error.toString()).isTrue());
            holder.rollback();
        } finally {
            jdbc.execute("drop schema limits_probe cascade");
        }
        assertThat(QueryTimeouts.isTimeout(new IllegalStateException("something else"))).isFalse();
    }

    @Test
    void bulkWorkRaisesTheLimitsOfItsOwnTransactionOnly() {
        SignedInUser admin = signUp(signups, uniqueSlug("bulk"));
        List<Object> inside = TestWorkspaces.as(admin, () -> bulkWork.inTransaction(BulkWork.Job.INDEX_REBUILD, () -> {
            // The JPA session's connection, the one the work's queries run on.
            Object statement = entityManager.createNativeQuery("select current_setting('statement_timeout')")
                    .getSingleResult();
            int network = entityManager.unwrap(org.hibernate.Session.class)
                    .doReturningWork(connection -> connection.getNetworkTimeout());
            return List.of(statement, limits(jdbc).get("lock"), limits(jdbc).get("idle"), network);
        }));
        assertThat(inside).containsExactly("1h", "1h", "1h", 5_400_000);
        assertThat(limits(jdbc)).containsEntry("statement", "30s");
        assertThat(bulkWork.limit(BulkWork.Job.IMPORT_BATCH)).hasMinutes(10);

        assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status ->
                bulkWork.run(BulkWork.Job.DEMO_SEED, () -> { })))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("own transaction");
    }

    @Test
    void migrationsRunWithTheirOwnLimitAsTheApplicationRole() {
        var migrations = new JdbcTemplate(migrationConnections.dataSource());
        assertThat(limits(migrations)).containsEntry("statement", "2h").containsEntry("lock", "2h");
        assertThat(migrations.queryForObject("select current_user", String.class))
                .isEqualTo(jdbc.queryForObject("select current_user", String.class));
    }

    @Test
    void theApplicationIsNoSuperuserAndSignUpStillCreatesSchemas() {
        assertThat(jdbc.queryForObject("select rolsuper from pg_roles where rolname = current_user", Boolean.class))
                .isFalse();
        SignedInUser admin = signUp(signups, uniqueSlug("role"));
        String schema = admin.tenant().orElseThrow().schema();
        assertThat(jdbc.queryForObject("select nspowner::regrole::text from pg_namespace where nspname = ?",
                String.class, schema)).isEqualTo(EmbeddedPostgres.APP_ROLE);
        assertThat(jdbc.queryForObject("select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                + " where n.nspname in ('cartera', ?) and c.relowner::regrole::text <> ?", Long.class, schema,
                EmbeddedPostgres.APP_ROLE)).isZero();
        assertThat(TestWorkspaces.as(admin, () -> tags.create("Después del alta", "#654321")).getId()).isNotNull();
    }
}
