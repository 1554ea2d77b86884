package com.cartera.activity;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.ToIntFunction;

import com.cartera.base.db.BulkWork;
import com.cartera.tenancy.Tenant;
import com.cartera.tenancy.TenantDirectory;
import com.cartera.tenancy.TenantScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The follow-up work that time calls for, in every active workspace: recomputing alert colours (hourly) and
 * proposing birthday and welcome follow-ups (daily). Each workspace runs in its own tenant scope with nobody
 * signed in; one that fails is logged and the others still run. Alert colours go a short transaction per batch;
 * the suggestions of a workspace are one transaction with the bulk time limit.
 */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(AlertProperties.class)
class FollowUpJobs implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(FollowUpJobs.class);

    private final AlertProperties properties;
    private final TenantDirectory tenantDirectory;
    private final FollowUpAlerts alerts;
    private final SuggestionFinder suggestions;
    private final BulkWork bulkWork;

    FollowUpJobs(AlertProperties properties, TenantDirectory tenantDirectory, FollowUpAlerts alerts,
                 SuggestionFinder suggestions, BulkWork bulkWork) {
        this.properties = properties;
        this.tenantDirectory = tenantDirectory;
        this.alerts = alerts;
        this.suggestions = suggestions;
        this.bulkWork = bulkWork;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addCronTask(this::recomputeAllWorkspaces, properties.recomputeCron());
        registrar.addCronTask(this::proposeInAllWorkspaces, properties.suggestionsCron());
    }

    /** Returns how many workspaces failed. */
    int recomputeAllWorkspaces() {
        return everyWorkspace("alerts recomputed", tenant -> alerts.recomputeAll());
    }

    /** Returns how many workspaces failed. */
    int proposeInAllWorkspaces() {
        ZoneId zone = ZoneId.systemDefault();
        return everyWorkspace("follow-ups suggested", tenant -> bulkWork.inTransaction(
                BulkWork.Job.FOLLOW_UP_SUGGESTIONS, () -> suggestions.propose(LocalDate.now(zone), zone)));
    }

    private int everyWorkspace(String what, ToIntFunction<Tenant> work) {
        int failed = 0;
        for (Tenant tenant : tenantDirectory.activeTenants()) {
            long started = System.nanoTime();
            try {
                int count = TenantScope.call(tenant.ref(), () -> work.applyAsInt(tenant));
                log.info("Workspace {}: {} {} in {} ms", tenant.getSlug(), count, what,
                        (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException e) {
                failed++;
                log.error("Workspace {}: {} failed", tenant.getSlug(), what, e);
            }
        }
        return failed;
    }
}
