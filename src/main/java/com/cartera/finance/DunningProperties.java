package com.cartera.finance;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When the dunning job walks every workspace's overdue invoices up the ladder (Spring cron: second minute hour day
 * month weekday, in the server's time zone).
 *
 * @param cron 07:00 every day by default, before the working day, so the follow-ups are in the morning's agenda
 */
@ConfigurationProperties("cartera.dunning")
public record DunningProperties(String cron) {

    public DunningProperties {
        if (cron == null || cron.isBlank()) {
            cron = "0 0 7 * * *";
        }
    }
}
