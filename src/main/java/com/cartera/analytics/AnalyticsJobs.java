package com.cartera.analytics;

import com.cartera.base.db.BulkWork;
import com.cartera.tenancy.EveryWorkspace;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Brings every workspace's aggregate tables up to date at a fixed interval: only what changed is recomputed. */
@Component
class AnalyticsJobs {

    private final EveryWorkspace everyWorkspace;
    private final BulkWork bulkWork;
    private final AggregateRefresh refresh;

    AnalyticsJobs(EveryWorkspace everyWorkspace, BulkWork bulkWork, AggregateRefresh refresh) {
        this.everyWorkspace = everyWorkspace;
        this.bulkWork = bulkWork;
        this.refresh = refresh;
    }

    @Scheduled(fixedDelayString = "${cartera.analytics.refresh-interval:5m}",
            initialDelayString = "${cartera.analytics.refresh-interval:5m}")
    void refreshEveryWorkspace() {
        everyWorkspace.run("analytics refresh", () -> {
            RefreshResult result = bulkWork.inTransaction(BulkWork.Job.ANALYTICS_REFRESH, refresh::refresh);
            return (result.full() ? "rebuilt " : "refreshed ") + result.customers() + " customers";
        });
    }
}
