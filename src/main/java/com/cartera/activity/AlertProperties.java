package com.cartera.activity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When the follow-up jobs run for every workspace (Spring cron: second minute hour day month weekday, in the
 * server's time zone).
 *
 * @param recomputeCron   alert colours of every customer, so that time passing turns them (a follow-up falls
 *                        due, a cadence runs out); on the hour by default
 * @param suggestionsCron birthday and welcome suggestions; 06:00 every day by default
 */
@ConfigurationProperties("cartera.alerts")
public record AlertProperties(String recomputeCron, String suggestionsCron) {

    public AlertProperties {
        if (recomputeCron == null || recomputeCron.isBlank()) {
            recomputeCron = "0 0 * * * *";
        }
        if (suggestionsCron == null || suggestionsCron.isBlank()) {
            suggestionsCron = "0 0 6 * * *";
        }
    }
}
