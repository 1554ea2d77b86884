package com.cartera.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on signed-in sessions.
 *
 * @param maxPerAccount sessions one account may hold at once; signing in once more ends its oldest session
 */
@ConfigurationProperties("cartera.sessions")
public record SessionProperties(Integer maxPerAccount) {

    public SessionProperties {
        maxPerAccount = maxPerAccount == null ? 5 : maxPerAccount;
        if (maxPerAccount < 1) {
            throw new IllegalArgumentException("cartera.sessions.max-per-account must be at least 1, was " + maxPerAccount);
        }
    }
}
