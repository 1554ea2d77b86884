package com.cartera.customer;

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
 * Recomputes tiers and RFM scores of every active workspace each night: purchases keep tiers current as they
 * come, but RFM quintiles shift with every customer's purchases and with the passing of time. Each workspace
 * runs in its own tenant scope and transaction, with the bulk time limit; one that fails is logged and the others
 * still run.
 */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(SegmentsProperties.class)
class NightlySegmentRecalculation implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(NightlySegmentRecalculation.class);

    private final SegmentsProperties properties;
    private final TenantDirectory tenantDirectory;
    private final SegmentRecalculation recalculation;
    private final BulkWork bulkWork;

    NightlySegmentRecalculation(SegmentsProperties properties, TenantDirectory tenantDirectory,
                                SegmentRecalculation recalculation, BulkWork bulkWork) {
        this.properties = properties;
        this.tenantDirectory = tenantDirectory;
        this.recalculation = recalculation;
        this.bulkWork = bulkWork;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addCronTask(this::recalculateAllWorkspaces, properties.nightlyCron());
    }

    /** Returns how many workspaces failed. */
    int recalculateAllWorkspaces() {
        int failed = 0;
        for (Tenant tenant : tenantDirectory.activeTenants()) {
            long started = System.nanoTime();
            try {
                SegmentChanges changes = TenantScope.call(tenant.ref(),
                        () -> bulkWork.inTransaction(BulkWork.Job.SEGMENT_RECALCULATION, recalculation::recalculate));
                log.info("Segments of workspace {} recomputed in {} ms: {} tiers and {} RFM scores changed",
                        tenant.getSlug(), (System.nanoTime() - started) / 1_000_000, changes.tiers(), changes.rfm());
            } catch (RuntimeException e) {
                failed++;
                log.error("Segments of workspace {} could not be recomputed", tenant.getSlug(), e);
            }
        }
        return failed;
    }
}
