package com.cartera.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rations password-reset requests per e-mail address and per client address with token buckets in the control
 * schema (as {@link SignupLimit} does for sign-ups), so every replica draws on the same budgets. Addresses are
 * kept as hashes. A request is charged whether or not the address has an account, so the limit tells nothing.
 */
@Component
@EnableConfigurationProperties(PasswordResetProperties.class)
class PasswordResetLimit {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PasswordResetProperties settings;

    PasswordResetLimit(JdbcClient jdbc, Clock clock, PasswordResetProperties settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * Takes one request from the client's budget and one from the address's; false when either is spent.
     *
     * @param client the client's address, or null when unknown (then only the address's budget counts)
     */
    boolean tryAcquire(String email, String client) {
        if (client != null && !take("client " + client, settings.perClient())) {
            return false;
        }
        return take("email " + hash(email), settings.perAddress());
    }

    /** One token from the bucket {@code subject}, in one statement so that parallel requests cannot overdraw it. */
    private boolean take(String subject, int capacity) {
        return jdbc.sql("""
                        insert into cartera.password_reset_budget as b (subject, tokens, updated_at)
                        values (:subject, :capacity - 1, :now)
                        on conflict (subject) do update
                            set tokens = least(:capacity,
                                    b.tokens + greatest(0, extract(epoch from (:now - b.updated_at))) * :perSecond) - 1,
                                updated_at = :now
                            where least(:capacity,
                                    b.tokens + greatest(0, extract(epoch from (:now - b.updated_at))) * :perSecond) >= 1""")
                .param("subject", subject)
                .param("capacity", (double) capacity)
                .param("perSecond", capacity / (settings.period().toMillis() / 1000.0))
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .update() == 1;
    }

    /** A bucket left alone for a whole period is full again, the same as no row at all. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    int purge() {
        Instant fullBefore = clock.instant().minus(settings.period());
        return jdbc.sql("delete from cartera.password_reset_budget where updated_at < :fullBefore")
                .param("fullBefore", fullBefore.atOffset(ZoneOffset.UTC))
                .update();
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
