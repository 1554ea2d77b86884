package com.cartera.privacy;

import com.cartera.tenancy.EveryWorkspace;
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

    private final PrivacyProperties properties;
    private final EveryWorkspace everyWorkspace;
    private final Retention retention;

    NightlyRetention(PrivacyProperties properties, EveryWorkspace everyWorkspace, Retention retention) {
        this.properties = properties;
        this.everyWorkspace = everyWorkspace;
        this.retention = retention;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addCronTask(this::applyInAllWorkspaces, properties.retentionCron());
    }

    /** Returns how many workspaces failed. */
    int applyInAllWorkspaces() {
        return everyWorkspace.run("retention", () -> {
            Retention.Result result = retention.apply();
            return result.customersErased() + " binned customers erased, " + result.importProblemsDeleted()
                    + " import problem rows deleted";
        });
    }
}
