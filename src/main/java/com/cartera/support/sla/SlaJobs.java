package com.cartera.support.sla;

import com.cartera.tenancy.EveryWorkspace;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The service-level watch in every active workspace: each in its own tenant scope and transaction, with nobody
 * signed in; one that fails is logged and the others still run.
 */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(SlaProperties.class)
class SlaJobs implements SchedulingConfigurer {

    private final SlaProperties properties;
    private final EveryWorkspace everyWorkspace;
    private final SlaWatch watch;
    private final TransactionTemplate transaction;

    SlaJobs(SlaProperties properties, EveryWorkspace everyWorkspace, SlaWatch watch,
            PlatformTransactionManager transactions) {
        this.properties = properties;
        this.everyWorkspace = everyWorkspace;
        this.watch = watch;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addCronTask(this::watchAllWorkspaces, properties.watchCron());
    }

    /** Returns how many workspaces failed. */
    int watchAllWorkspaces() {
        return everyWorkspace.run("service levels", () -> transaction.execute(status -> watch.watch())
                + " service-level warnings and breaches");
    }
}
