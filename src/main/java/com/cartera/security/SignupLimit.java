package com.cartera.security;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.cartera.base.limit.TokenBuckets;

/**
 * Rations sign-ups per client address with a token bucket kept in the control schema, so that every replica
 * draws on the same budget: {@code perClient} at once, refilled evenly over {@code period}.
 */
@Component
@EnableConfigurationProperties(SignupLimitProperties.class)
class SignupLimit {

    private final TokenBuckets buckets;
    private final SignupLimitProperties settings;

    SignupLimit(JdbcClient jdbc, Clock clock, SignupLimitProperties settings) {
        this.buckets = new TokenBuckets(jdbc, clock, "cartera.signup_budget", "client");
        this.settings = settings;
    }

    /**
     * Takes one sign-up from the address's budget; parallel requests cannot overdraw it.
     *
     * @return false when the budget is spent
     */
    boolean tryAcquire(String client) {
        return buckets.take(client, settings.perClient(), settings.period());
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    int purge() {
        return buckets.purge(settings.period());
    }
}
