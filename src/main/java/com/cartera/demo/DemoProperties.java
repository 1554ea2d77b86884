package com.cartera.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo workspace created on the first start of the embedded database.
 *
 * @param enabled   create it (only ever on the embedded database)
 * @param customers how many customers its portfolio gets
 */
@ConfigurationProperties("cartera.demo")
public record DemoProperties(Boolean enabled, Integer customers) {

    public DemoProperties {
        if (enabled == null) {
            enabled = true;
        }
        if (customers == null) {
            customers = 5000;
        }
    }
}
