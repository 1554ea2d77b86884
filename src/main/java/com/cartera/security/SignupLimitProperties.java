package com.cartera.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many sign-ups one client address may start ({@code cartera.security.signup-limit}): each builds a schema,
 * so they are rationed.
 *
 * @param perClient sign-up attempts one address may make at once (the bucket's size)
 * @param period    the time in which a spent bucket fills up again, evenly
 */
@ConfigurationProperties("cartera.security.signup-limit")
public record SignupLimitProperties(int perClient, Duration period) {

    public SignupLimitProperties {
        perClient = perClient > 0 ? perClient : 10;
        period = period != null ? period : Duration.ofHours(1);
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("cartera.security.signup-limit.period must be positive, not " + period);
        }
    }
}
