package com.cartera.customer;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When value segments are recomputed for every workspace.
 *
 * @param nightlyCron Spring cron expression (second minute hour day month weekday), in the server's time
 *                    zone; 03:15 every night by default
 */
@ConfigurationProperties("cartera.segments")
public record SegmentsProperties(String nightlyCron) {

    public SegmentsProperties {
        if (nightlyCron == null || nightlyCron.isBlank()) {
            nightlyCron = "0 15 3 * * *";
        }
    }
}
