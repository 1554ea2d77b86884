package com.cartera.support.csat;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Satisfaction surveys ({@code cartera.support.csat}).
 *
 * @param linkValidity     how long a mailed survey link can be answered (default 14 days)
 * @param tokenSecret      the key that signs survey links (HMAC-SHA256); set a long random one in production
 *                         (e.g. {@code CARTERA_SUPPORT_CSAT_TOKEN_SECRET}): links signed with the development default
 *                         can be forged by anyone who has read this code
 * @param pagePerClient    survey page openings and answers one client address may make per {@code pagePeriod}
 * @param pagePeriod       the period over which that budget refills
 */
@ConfigurationProperties("cartera.support.csat")
public record CsatProperties(Duration linkValidity, String tokenSecret, int pagePerClient, Duration pagePeriod) {

    static final String DEVELOPMENT_SECRET = "cartera-development-survey-secret-change-me";
    /** Shorter secrets are refused: HMAC-SHA256 wants at least as many bytes as its output. */
    static final int MIN_SECRET_LENGTH = 32;

    public CsatProperties {
        linkValidity = linkValidity == null || linkValidity.isNegative() || linkValidity.isZero()
                ? Duration.ofDays(14) : linkValidity;
        tokenSecret = tokenSecret == null || tokenSecret.isBlank() ? DEVELOPMENT_SECRET : tokenSecret;
        if (tokenSecret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException("cartera.support.csat.token-secret needs at least "
                    + MIN_SECRET_LENGTH + " characters");
        }
        pagePerClient = pagePerClient <= 0 ? 60 : pagePerClient;
        pagePeriod = pagePeriod == null || pagePeriod.isZero() || pagePeriod.isNegative() ? Duration.ofHours(1)
                : pagePeriod;
    }
}
