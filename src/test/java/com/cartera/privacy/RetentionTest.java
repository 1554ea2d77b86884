package com.cartera.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.WorkspaceSettings;
import com.cartera.customer.WorkspaceSettingsService;
import com.cartera.security.SignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The nightly retention job, with nobody signed in, erases binned customers and deletes rejected import rows
 * older than each workspace's periods, and nothing younger; a workspace without periods keeps everything.
 */
@CarteraIntegrationTest
class RetentionTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    NightlyRetention nightly;
    @Autowired
    CustomerService customerService;
    @Autowired
    WorkspaceSettingsService settingsService;
    @Autowired
    PrivacyProperties properties;

    @Test
    void onlyWhatIsOlderThanTheWorkspacesPeriodsGoes() {
        var data = new TestData(context);
        SignedInUser admin = data.newWorkspace("Retención " + TestData.uniqueSlug("ret"));
        SignedInUser keeper = data.newWorkspace("Sin plazos " + TestData.uniqueSlug("ret"));
        setPeriods(admin, 30, 60);
        setPeriods(keeper, null, null);
        var sql = new TenantSql(context, admin.workspace().tenant().schema());
        var keeperSql = new TenantSql(context, keeper.workspace().tenant().schema());

        Customer old = binned(data, admin, sql, "Antiguo Papelera", 40);
        Customer recent = binned(data, admin, sql, "Reciente Papelera", 10);
        Customer live = data.customer(admin, "Cliente Vivo", "vivo@example.org", LifecycleStage.ACTIVE);
        long oldJob = importJob(sql, admin, 70);
        long recentJob = importJob(sql, admin, 5);
        Customer kept = binned(data, keeper, keeperSql, "Guardado Papelera", 400);
        long keptJob = importJob(keeperSql, keeper, 400);

        SecurityContextHolder.clearContext();
        nightly.applyInAllWorkspaces();

        assertThat(name(sql, old)).isEqualTo("Cliente anonimizado #" + old.getId());
        assertThat(sql.queryForObject("select count(*) from audit_event where action = 'PERSONAL_DATA_ERASED'"
                + " and customer_id = ? and actor_id is null and details ->> 'trigger' = 'RETENTION'", Long.class,
                old.getId())).isEqualTo(1);
        assertThat(name(sql, recent)).isEqualTo("Reciente Papelera");
        assertThat(name(sql, live)).isEqualTo("Cliente Vivo");
        assertThat(problems(sql, oldJob)).isZero();
        assertThat(problems(sql, recentJob)).isEqualTo(2);
        assertThat(sql.queryForObject("select failed_count from import_job where id = ?", Integer.class, oldJob))
                .isEqualTo(2);
        assertThat(name(keeperSql, kept)).isEqualTo("Guardado Papelera");
        assertThat(problems(keeperSql, keptJob)).isEqualTo(2);

        // Erased once: the next night finds nothing more to do there.
        nightly.applyInAllWorkspaces();
        assertThat(sql.queryForObject("select count(*) from audit_event where action = 'PERSONAL_DATA_ERASED'",
                Long.class)).isEqualTo(1);
    }

    @Test
    void runsAtQuarterToFourUnlessConfiguredOtherwise() {
        assertThat(properties.retentionCron()).isEqualTo("0 45 3 * * *");
        assertThat(new PrivacyProperties(null).retentionCron()).isEqualTo("0 45 3 * * *");
    }

    private void setPeriods(SignedInUser admin, Integer binDays, Integer importDays) {
        TestData.as(admin, () -> {
            WorkspaceSettings settings = settingsService.current();
            settings.setBinRetentionDays(binDays);
            settings.setImportProblemRetentionDays(importDays);
            return settingsService.update(settings);
        });
    }

    private Customer binned(TestData data, SignedInUser admin, TenantSql sql, String name, int daysAgo) {
        Customer customer = data.customer(admin, name, null, LifecycleStage.LEAD);
        TestData.as(admin, () -> {
            customerService.delete(customer.getId(), customer.getVersion());
            return null;
        });
        sql.update("update customer set deleted_at = now() - make_interval(days => ?) where id = ?", daysAgo,
                customer.getId());
        return customer;
    }

    private static long importJob(TenantSql sql, SignedInUser admin, int daysAgo) {
        long job = sql.queryForObject("insert into import_job (kind, mode, file_name, sheet_name, header_row, headers,"
                        + " status, failed_count, submitted_by, submitted_at, finished_at) values ('CUSTOMERS', 'CREATE_ONLY',"
                        + " 'c.xlsx', 'Hoja1', 1, '[\"Email\"]', 'COMPLETED', 2, ?, now() - make_interval(days => ?),"
                        + " now() - make_interval(days => ?)) returning id", Long.class, admin.userId(), daysAgo, daysAgo);
        sql.update("insert into import_row_problem (job_id, row_number, outcome, errors, cells) values"
                + " (?, 2, 'FAILED', '[]', '[\"a@example.org\"]'), (?, 3, 'FAILED', '[]', '[\"b@example.org\"]')",
                job, job);
        return job;
    }

    private static String name(TenantSql sql, Customer customer) {
        return sql.queryForObject("select name from customer where id = ?", String.class, customer.getId());
    }

    private static long problems(TenantSql sql, long job) {
        return sql.queryForObject("select count(*) from import_row_problem where job_id = ?", Long.class, job);
    }
}
