package com.cartera.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When the daily digest goes out.
 *
 * @param digestCron how often the digest job looks at every workspace (Spring cron, server zone); hourly by
 *                   default, so that each workspace is served at its own morning hour
 * @param digestHour the hour of the day, in the workspace's zone, at which its people get their digest (7)
 */
@ConfigurationProperties("cartera.notifications")
public record NotificationProperties(String digestCron, Integer digestHour) {

    public NotificationProperties {
        if (digestCron == null || digestCron.isBlank()) {
            digestCron = "0 0 * * * *";
        }
        if (digestHour == null) {
            digestHour = 7;
        }
        if (digestHour < 0 || digestHour > 23) {
            throw new IllegalArgumentException("cartera.notifications.digest-hour must be 0-23, not " + digestHour);
        }
    }
}
