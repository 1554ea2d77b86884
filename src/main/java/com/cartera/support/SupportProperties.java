package com.cartera.support;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the support desk's tickets.
 *
 * @param attachmentMaxSize largest file accepted on a ticket message; 10 MB by default
 * @param closingCron       when RESOLVED tickets past their reopen window are closed, a Spring cron expression in
 *                          the server's zone; 02:40 every night by default
 */
@ConfigurationProperties("cartera.support.tickets")
public record SupportProperties(DataSize attachmentMaxSize, String closingCron) {

    public SupportProperties {
        if (attachmentMaxSize == null) {
            attachmentMaxSize = DataSize.ofMegabytes(10);
        }
        if (closingCron == null || closingCron.isBlank()) {
            closingCron = "0 40 2 * * *";
        }
    }
}
