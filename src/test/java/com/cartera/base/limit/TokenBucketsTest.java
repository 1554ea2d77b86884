package com.cartera.base.limit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;

import org.junit.jupiter.api.Test;

/**
 * The table and column names go into SQL as text, so only plain identifiers are taken. The buckets themselves are
 * proved through their users: {@code SignupLimitTest}, {@code PasswordResetLimitTest}, {@code WebFormSubmissionsTest}.
 */
class TokenBucketsTest {

    @Test
    void onlyPlainTableAndColumnNamesAreTaken() {
        assertThatCode(() -> new TokenBuckets(null, Clock.systemUTC(), "cartera.signup_budget", "client"))
                .doesNotThrowAnyException();
        for (String[] names : new String[][] {{"cartera.signup_budget; drop table x", "client"},
                {"cartera.signup_budget", "client, tokens"}, {"cartera.signup_budget", "b.client"},
                {"\"cartera\".budget", "client"}}) {
            assertThatThrownBy(() -> new TokenBuckets(null, Clock.systemUTC(), names[0], names[1]))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
