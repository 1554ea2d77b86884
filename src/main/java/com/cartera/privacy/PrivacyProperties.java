package com.cartera.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param retentionCron when the retention job erases what the workspaces' retention periods let go (second
 *                      minute hour day month weekday); 03:45 unless set
 */
@ConfigurationProperties("cartera.privacy")
public record PrivacyProperties(String retentionCron) {

    public PrivacyProperties {
        if (retentionCron == null || retentionCron.isBlank()) {
            retentionCron = "0 45 3 * * *";
        }
    }
}
