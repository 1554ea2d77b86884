package com.cartera.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.cartera.base.limit.TokenBuckets;

/**
 * Rations password-reset requests per e-mail address and per client address with token buckets in the control
 * schema (as {@link SignupLimit} does for sign-ups), so every replica draws on the same budgets. Addresses are
 * kept as hashes. A request is charged whether or not the address has an account, so the limit tells nothing.
 */
@Component
@EnableConfigurationProperties(PasswordResetProperties.class)
class PasswordResetLimit {

    private final TokenBuckets buckets;
    private final PasswordResetProperties settings;

    PasswordResetLimit(JdbcClient jdbc, Clock clock, PasswordResetProperties settings) {
        this.buckets = new TokenBuckets(jdbc, clock, "cartera.password_reset_budget", "subject");
        this.settings = settings;
    }

    /**
     * Takes one request from the client's budget and one from the address's; false when either is spent.
     *
     * @param client the client's address, or null when unknown (then only the address's budget counts)
     */
    boolean tryAcquire(String email, String client) {
        if (client != null && !buckets.take("client " + client, settings.perClient(), settings.period())) {
            return false;
        }
        return buckets.take("email " + hash(email), settings.perAddress(), settings.period());
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    int purge() {
        return buckets.purge(settings.period());
    }

    private static String hash(String email) {
        String normalised = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
