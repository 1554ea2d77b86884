package com.cartera.tenancy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param migrationThreads how many tenant schemas are migrated at once at start-up
 */
@ConfigurationProperties("cartera.tenancy")
public record TenancyProperties(Integer migrationThreads) {

    public TenancyProperties {
        if (migrationThreads == null || migrationThreads < 1) {
            migrationThreads = 4;
        }
    }
}
