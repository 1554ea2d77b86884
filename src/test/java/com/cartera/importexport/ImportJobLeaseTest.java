package com.cartera.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.security.SignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Jobs are owned by the instance that runs them for as long as it renews their lease: another instance (a
 * replica, or this one after a restart) marks a job interrupted only once the lease has run out.
 */
@CarteraIntegrationTest
class ImportJobLeaseTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ImportService imports;
    @Autowired
    ImportJobRecovery recovery;
    @Autowired
    ImportProperties properties;
    @Autowired
    Clock clock;
    @Autowired
    DataSource dataSource;

    private SignedInUser admin;
    private String schema;

    @BeforeEach
    void aWorkspace() {
        admin = new TestData(context).newWorkspace("Réplicas " + TestData.uniqueSlug("l"));
        schema = admin.workspace().tenant().schema();
    }

    /** A job as another replica would have left it: running, owned by it, last heartbeat at {@code heartbeat}. */
    private long runningElsewhere(Instant heartbeat) {
        return new JdbcTemplate(dataSource).queryForObject("insert into " + schema + ".import_job (kind, mode,"
                        + " file_name, sheet_name, header_row, headers, status, total_rows, submitted_by, owner,"
                        + " started_at, heartbeat_at) values ('CUSTOMERS', 'CREATE_ONLY', 'otra.xlsx', 'Hoja1', 1,"
                        + " '[]', 'RUNNING', 10, ?, 'other-replica', ?, ?) returning id", Long.class,
                admin.userId(), Timestamp.from(heartbeat), Timestamp.from(heartbeat));
    }

    private String status(long jobId) {
        return new JdbcTemplate(dataSource).queryForObject("select status || ' ' || coalesce(problem_key, '') from "
                + schema + ".import_job where id = ?", String.class, jobId);
    }

    @Test
    void startUpRecoveryLeavesAJobAnotherInstanceKeepsAliveAndInterruptsOneWhoseLeaseExpired() {
        long alive = runningElsewhere(clock.instant());
        long abandoned = runningElsewhere(clock.instant().minus(properties.lease()).minus(Duration.ofSeconds(1)));

        recovery.recoverAllWorkspaces();

        assertThat(status(alive)).isEqualTo("RUNNING ");
        assertThat(status(abandoned)).isEqualTo("FAILED import.job.interrupted");
    }

    @Test
    void lookingAtTheJobsOnThisInstanceDoesNotFailAJobAnotherInstanceIsRunning() {
        long alive = runningElsewhere(clock.instant());
        long abandoned = runningElsewhere(clock.instant().minus(Duration.ofHours(1)));

        var shown = TestData.as(admin, () -> imports.recentJobs());

        assertThat(shown).filteredOn(job -> job.getId() == alive).singleElement()
                .satisfies(job -> assertThat(job.getStatus()).isEqualTo(ImportStatus.RUNNING));
        assertThat(TestData.as(admin, () -> imports.job(alive).orElseThrow().getStatus()))
                .isEqualTo(ImportStatus.RUNNING);
        assertThat(status(abandoned)).isEqualTo("FAILED import.job.interrupted");
    }

    @Test
    void aJobSubmittedHereIsOwnedByThisInstanceWithAFreshHeartbeat() {
        Instant before = clock.instant().minusSeconds(1);
        long jobId = TestData.as(admin, () -> {
            ImportFile file = imports.open(SpreadsheetFixtures.resource("customers.xlsx").toFile(), "clientes.xlsx");
            SheetPreview preview = imports.preview(file, 0, null, ImportKind.CUSTOMERS);
            return imports.submit(file, preview, ImportKind.CUSTOMERS, new ColumnMapping(preview.suggestions()),
                    ImportMode.CREATE_ONLY, null);
        });
        ImportJob job = TestData.as(admin, () -> imports.job(jobId).orElseThrow());
        assertThat(job.getOwner()).isEqualTo(properties.instanceId());
        assertThat(job.getHeartbeatAt()).isAfter(before);
    }
}
