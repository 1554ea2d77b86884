package com.cartera.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How often a password reset may be asked for ({@code cartera.security.password-reset}): token buckets refilled
 * evenly over {@code period}.
 *
 * @param perAddress requests for one e-mail address (whether or not it has an account), so a mailbox cannot be
 *                   flooded
 * @param perClient  requests from one client address, across addresses
 */
@ConfigurationProperties("cartera.security.password-reset")
public record PasswordResetProperties(int perAddress, int perClient, Duration period) {

    public PasswordResetProperties {
        perAddress = perAddress <= 0 ? 3 : perAddress;
        perClient = perClient <= 0 ? 20 : perClient;
        period = period == null || period.isZero() || period.isNegative() ? Duration.ofHours(1) : period;
    }
}
