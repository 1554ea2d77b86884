package com.cartera.security;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rations sign-ups per client address with a token bucket kept in the control schema, so that every replica
 * draws on the same budget: {@code perClient} at once, refilled evenly over {@code period}.
 */
@Component
@EnableConfigurationProperties(SignupLimitProperties.class)
class SignupLimit {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SignupLimitProperties settings;

    SignupLimit(JdbcClient jdbc, Clock clock, SignupLimitProperties settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * Takes one sign-up from the address's budget, in one statement so that parallel requests cannot overdraw it.
     *
     * @return false when the budget is spent
     */
    boolean tryAcquire(String client) {
        return jdbc.sql("""
                        insert into cartera.signup_budget as b (client, tokens, updated_at)
                        values (:client, :capacity - 1, :now)
                        on conflict (client) do update
                            set tokens = least(:capacity,
                                    b.tokens + greatest(0, extract(epoch from (:now - b.updated_at))) * :perSecond) - 1,
                                updated_at = :now
                            where least(:capacity,
                                    b.tokens + greatest(0, extract(epoch from (:now - b.updated_at))) * :perSecond) >= 1""")
                .param("client", client)
                .param("capacity", (double) settings.perClient())
                .param("perSecond", settings.perClient() / (settings.period().toMillis() / 1000.0))
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .update() == 1;
    }

    /** A bucket left alone for a whole period is full again, the same as no row at all. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    int purge() {
        Instant fullBefore = clock.instant().minus(settings.period());
        return jdbc.sql("delete from cartera.signup_budget where updated_at < :fullBefore")
                .param("fullBefore", fullBefore.atOffset(ZoneOffset.UTC))
                .update();
    }
}
