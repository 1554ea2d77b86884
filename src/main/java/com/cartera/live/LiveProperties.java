package com.cartera.live;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Live updates between colleagues' pages.
 *
 * @param reconnectDelay how long the listening connection waits before it tries again after losing the database
 * @param pollInterval   how long the listening connection waits for notifications before it checks it should stop
 */
@ConfigurationProperties("cartera.live")
record LiveProperties(Duration reconnectDelay, Duration pollInterval) {

    LiveProperties {
        reconnectDelay = reconnectDelay == null ? Duration.ofSeconds(2) : reconnectDelay;
        pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
    }
}
