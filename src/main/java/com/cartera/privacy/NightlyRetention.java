package com.cartera.privacy;

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
 * Applies every active workspace's retention periods each night. Each workspace runs in its own tenant scope
 * and transaction; one that fails is logged and the others still run.
 */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(PrivacyProperties.class)
class NightlyRetention implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(NightlyRetention.class);

    private final PrivacyProperties properties;
    private final TenantDirectory tenantDirectory;
    private final Retention retention;

    NightlyRetention(PrivacyProperties properties, TenantDirectory tenantDirectory, Retention retention) {
        this.properties = properties;
        this.tenantDirectory = tenantDirectory;
        this.retention = retention;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addCronTask(this::applyInAllWorkspaces, properties.retentionCron());
    }

    /** Returns how many workspaces failed. */
    int applyInAllWorkspaces() {
        int failed = 0;
        for (Tenant tenant : tenantDirectory.activeTenants()) {
            try {
                Retention.Result result = TenantScope.call(tenant.ref(), retention::apply);
                log.info("Retention in workspace {}: {} binned customers erased, {} import problem rows deleted",
                        tenant.getSlug(), result.customersErased(), result.importProblemsDeleted());
            } catch (RuntimeException e) {
                failed++;
                log.error("Retention in workspace {} failed", tenant.getSlug(), e);
            }
        }
        return failed;
    }
}
