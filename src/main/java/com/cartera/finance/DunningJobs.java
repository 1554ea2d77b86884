package com.cartera.finance;

import com.cartera.customer.WorkspaceCalendar;
import com.cartera.tenancy.EveryWorkspace;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs the dunning ladder daily in every active workspace, as of the workspace's today (its own zone, the
 * injected clock). A workspace that fails is logged and the others still run; the next day catches it up.
 */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(DunningProperties.class)
class DunningJobs implements SchedulingConfigurer {

    private final DunningProperties properties;
    private final EveryWorkspace everyWorkspace;
    private final DunningRun dunning;
    private final WorkspaceCalendar calendar;

    DunningJobs(DunningProperties properties, EveryWorkspace everyWorkspace, DunningRun dunning,
                WorkspaceCalendar calendar) {
        this.properties = properties;
        this.everyWorkspace = everyWorkspace;
        this.dunning = dunning;
        this.calendar = calendar;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addCronTask(this::dunAllWorkspaces, properties.cron());
    }

    /** Returns how many workspaces failed. */
    int dunAllWorkspaces() {
        return everyWorkspace.run("dunning", () -> dunning.run(calendar.today()) + " dunning steps reached");
    }
}
