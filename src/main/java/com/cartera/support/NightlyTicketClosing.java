package com.cartera.support;

import com.cartera.tenancy.EveryWorkspace;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Every night, in every workspace, closes the RESOLVED tickets whose reopen window has passed. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(SupportProperties.class)
class NightlyTicketClosing implements SchedulingConfigurer {

    private final SupportProperties properties;
    private final EveryWorkspace everyWorkspace;
    private final ResolvedTicketsClosing closing;

    NightlyTicketClosing(SupportProperties properties, EveryWorkspace everyWorkspace, ResolvedTicketsClosing closing) {
        this.properties = properties;
        this.everyWorkspace = everyWorkspace;
        this.closing = closing;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addCronTask(this::closeInEveryWorkspace, properties.closingCron());
    }

    /** Returns how many workspaces failed. */
    int closeInEveryWorkspace() {
        return everyWorkspace.run("resolved tickets closed", () -> closing.closeExpired() + " tickets closed");
    }
}
