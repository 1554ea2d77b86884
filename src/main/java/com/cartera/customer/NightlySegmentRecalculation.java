package com.cartera.customer;

import com.cartera.base.db.BulkWork;
import com.cartera.tenancy.EveryWorkspace;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Recomputes tiers and RFM scores of every active workspace each night: purchases keep tiers current as they
 * come, but RFM quintiles shift with every customer's purchases and with the passing of time. Each workspace
 * runs in its own tenant scope and transaction, with the bulk time limit; one that fails is logged and the others
 * still run.
 */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(SegmentsProperties.class)
class NightlySegmentRecalculation implements SchedulingConfigurer {

    private final SegmentsProperties properties;
    private final EveryWorkspace everyWorkspace;
    private final SegmentRecalculation recalculation;
    private final BulkWork bulkWork;

    NightlySegmentRecalculation(SegmentsProperties properties, EveryWorkspace everyWorkspace,
                                SegmentRecalculation recalculation, BulkWork bulkWork) {
        this.properties = properties;
        this.everyWorkspace = everyWorkspace;
        this.recalculation = recalculation;
        this.bulkWork = bulkWork;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addCronTask(this::recalculateAllWorkspaces, properties.nightlyCron());
    }

    /** Returns how many workspaces failed. */
    int recalculateAllWorkspaces() {
        return everyWorkspace.run("segments recomputed", () -> {
            SegmentChanges changes = bulkWork.inTransaction(BulkWork.Job.SEGMENT_RECALCULATION,
                    recalculation::recalculate);
            return changes.tiers() + " tiers and " + changes.rfm() + " RFM scores changed";
        });
    }
}
