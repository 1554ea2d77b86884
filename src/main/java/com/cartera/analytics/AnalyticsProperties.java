package com.cartera.analytics;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param refreshInterval time between incremental refreshes of every workspace's aggregates
 * @param changeOverlap   customer changes stamped this long before the last refresh are looked at again, so that a
 *                        transaction that committed after the refresh read its stamps is not missed
 * @param batchSize       customers recomputed per statement batch in an incremental refresh
 * @param rebuildBatchSize customers recomputed per statement batch in a full rebuild (fewer, larger statements)
 */
@ConfigurationProperties("cartera.analytics")
public record AnalyticsProperties(Duration refreshInterval, Duration changeOverlap, Integer batchSize,
                                  Integer rebuildBatchSize) {

    public AnalyticsProperties {
        refreshInterval = refreshInterval == null ? Duration.ofMinutes(5) : refreshInterval;
        changeOverlap = changeOverlap == null ? Duration.ofMinutes(10) : changeOverlap;
        batchSize = batchSize == null ? 5_000 : batchSize;
        rebuildBatchSize = rebuildBatchSize == null ? 20_000 : rebuildBatchSize;
    }
}
