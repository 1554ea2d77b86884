package com.cartera.analytics.prediction;

import com.cartera.base.db.BulkWork;
import com.cartera.tenancy.EveryWorkspace;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Refits the CLV models and rescores churn risk in every active workspace each night: P(alive) and the rhythm
 * reasons change with the passing of time even without new purchases. Each workspace runs in its own scope and
 * transaction with the bulk time limit; one that fails is logged and the others still run.
 */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(PredictionProperties.class)
class NightlyPredictionRefit implements SchedulingConfigurer {

    private final PredictionProperties properties;
    private final EveryWorkspace everyWorkspace;
    private final PredictionRefit refit;
    private final BulkWork bulkWork;

    NightlyPredictionRefit(PredictionProperties properties, EveryWorkspace everyWorkspace, PredictionRefit refit,
                           BulkWork bulkWork) {
        this.properties = properties;
        this.everyWorkspace = everyWorkspace;
        this.refit = refit;
        this.bulkWork = bulkWork;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addCronTask(this::refitAllWorkspaces, properties.nightlyCron());
    }

    /** Returns how many workspaces failed. */
    int refitAllWorkspaces() {
        return everyWorkspace.run("CLV models refitted", () -> describe(
                bulkWork.inTransaction(BulkWork.Job.PREDICTION, refit::refit)));
    }

    static String describe(PredictionRefit.Outcome outcome) {
        return outcome.fit().map(fit -> "fitted on " + fit.fitCustomers() + " of " + fit.customers()
                + " customers, " + outcome.scored() + " scored").orElse("no purchases to fit on");
    }
}
