package com.cartera.activity;

import com.cartera.base.db.BulkWork;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.tenancy.EveryWorkspace;
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

    private final AlertProperties properties;
    private final EveryWorkspace everyWorkspace;
    private final FollowUpAlerts alerts;
    private final SuggestionFinder suggestions;
    private final BulkWork bulkWork;
    private final WorkspaceCalendar calendar;

    FollowUpJobs(AlertProperties properties, EveryWorkspace everyWorkspace, FollowUpAlerts alerts,
                 SuggestionFinder suggestions, BulkWork bulkWork, WorkspaceCalendar calendar) {
        this.properties = properties;
        this.calendar = calendar;
        this.everyWorkspace = everyWorkspace;
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
        return everyWorkspace.run("colour alerts", () -> alerts.recomputeAll() + " alerts recomputed");
    }

    /** Returns how many workspaces failed. */
    int proposeInAllWorkspaces() {
        return everyWorkspace.run("follow-up suggestions", () -> bulkWork.inTransaction(
                BulkWork.Job.FOLLOW_UP_SUGGESTIONS, () -> suggestions.propose(calendar.today(), calendar.zone()))
                + " follow-ups suggested");
    }
}
