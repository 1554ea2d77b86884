package com.cartera.support.sla;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When the service-level job looks at every workspace (Spring cron: second minute hour day month weekday).
 *
 * @param watchCron marks tickets entering their warning or falling due and tells the people concerned; every five
 *                  minutes by default, so a warning arrives at most five minutes late
 */
@ConfigurationProperties("cartera.support.sla")
public record SlaProperties(String watchCron) {

    public SlaProperties {
        if (watchCron == null || watchCron.isBlank()) {
            watchCron = "0 */5 * * * *";
        }
    }
}
