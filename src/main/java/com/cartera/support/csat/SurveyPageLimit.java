package com.cartera.support.csat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rations the public survey page per client address with a token bucket in the control schema (as the password
 * reset and sign-up limits do), so every replica draws on the same budget and nobody can try links by the thousand.
 * Client addresses are kept as hashes.
 */
@Component
public class SurveyPageLimit {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CsatProperties settings;

    SurveyPageLimit(JdbcClient jdbc, Clock clock, CsatProperties settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * Takes one request from the client's budget; false when it is spent.
     *
     * @param client the client's address; null when unknown (then the shared budget of unknown clients is charged)
     */
    public boolean tryAcquire(String client) {
        double capacity = settings.pagePerClient();
        return jdbc.sql("""
                        insert into cartera.csat_survey_budget as b (subject, tokens, updated_at)
                        values (:subject, :capacity - 1, :now)
                        on conflict (subject) do update
                            set tokens = least(:capacity,
                                    b.tokens + greatest(0, extract(epoch from (:now - b.updated_at))) * :perSecond) - 1,
                                updated_at = :now
                            where least(:capacity,
                                    b.tokens + greatest(0, extract(epoch from (:now - b.updated_at))) * :perSecond) >= 1""")
                .param("subject", hash(client == null ? "unknown" : client))
                .param("capacity", capacity)
                .param("perSecond", capacity / (settings.pagePeriod().toMillis() / 1000.0))
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .update() == 1;
    }

    /** A bucket left alone for a whole period is full again, the same as no row at all. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    int purge() {
        Instant fullBefore = clock.instant().minus(settings.pagePeriod());
        return jdbc.sql("delete from cartera.csat_survey_budget where updated_at < :fullBefore")
                .param("fullBefore", fullBefore.atOffset(ZoneOffset.UTC))
                .update();
    }

    private static String hash(String client) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(client.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
