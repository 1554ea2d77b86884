package com.cartera.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;

/** A reset token is stored hashed, works once and for one hour, and only the newest one works. */
@CarteraIntegrationTest
class ResetTokenExpiryTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    private final MovableClock clock = new MovableClock(Instant.now());

    @Test
    void aTokenExpiresAfterAnHour() {
        var tokens = new AccountTokens(jdbc, clock);
        UUID user = new TestData(context).newWorkspace("Expira SL").userId();
        String token = tokens.issue(user, AccountTokens.Purpose.RESET_PASSWORD, null, null);

        assertThat(jdbc.sql("select count(*) from cartera.account_token where token_hash = ?").param(token)
                .query(Long.class).single()).as("the token itself is not stored").isZero();
        clock.advance(Duration.ofMinutes(59));
        assertThat(tokens.state(token, AccountTokens.Purpose.RESET_PASSWORD)).isEqualTo(AccountTokens.State.OPEN);
        clock.advance(Duration.ofMinutes(2));
        assertThat(tokens.state(token, AccountTokens.Purpose.RESET_PASSWORD)).isEqualTo(AccountTokens.State.EXPIRED);
        assertThat(tokens.find(token, AccountTokens.Purpose.RESET_PASSWORD)).isEmpty();
    }

    @Test
    void aTokenWorksOnceAndANewerOneEndsTheOlder() {
        var tokens = new AccountTokens(jdbc, clock);
        UUID user = new TestData(context).newWorkspace("Una vez SL").userId();
        String older = tokens.issue(user, AccountTokens.Purpose.RESET_PASSWORD, null, null);

        tokens.revokeOpen(user, AccountTokens.Purpose.RESET_PASSWORD);
        String newer = tokens.issue(user, AccountTokens.Purpose.RESET_PASSWORD, null, null);

        assertThat(tokens.state(older, AccountTokens.Purpose.RESET_PASSWORD)).isEqualTo(AccountTokens.State.EXPIRED);
        assertThat(tokens.use(newer)).isTrue();
        assertThat(tokens.use(newer)).isFalse();
        assertThat(tokens.state(newer, AccountTokens.Purpose.RESET_PASSWORD)).isEqualTo(AccountTokens.State.USED);
        assertThat(tokens.state("not-a-token", AccountTokens.Purpose.RESET_PASSWORD))
                .isEqualTo(AccountTokens.State.UNKNOWN);
        assertThat(tokens.state(newer, AccountTokens.Purpose.VERIFY_EMAIL)).isEqualTo(AccountTokens.State.UNKNOWN);
    }
}
