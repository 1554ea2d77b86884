package com.cartera.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestData;

/** Reset requests are rationed per address and per client, and the budgets refill with time. */
@CarteraIntegrationTest
class PasswordResetLimitTest {

    @Autowired
    JdbcClient jdbc;

    private final MovableClock clock = new MovableClock(Instant.parse("2031-03-01T10:00:00Z"));

    @Test
    void anAddressGetsThreeLinksAnHourFromAnywhere() {
        var limit = new PasswordResetLimit(jdbc, clock, new PasswordResetProperties(3, 20, Duration.ofHours(1)));
        String email = TestData.uniqueEmail("limit");

        assertThat(limit.tryAcquire(email, "10.20.0.1")).isTrue();
        assertThat(limit.tryAcquire(email.toUpperCase(), "10.20.0.2")).isTrue();
        assertThat(limit.tryAcquire(" " + email, "10.20.0.3")).isTrue();
        assertThat(limit.tryAcquire(email, "10.20.0.4")).as("fourth within the hour").isFalse();
        assertThat(limit.tryAcquire(TestData.uniqueEmail("other"), "10.20.0.4")).as("another address").isTrue();

        clock.advance(Duration.ofMinutes(20));
        assertThat(limit.tryAcquire(email, "10.20.0.5")).as("a third of the hour refills one").isTrue();
        assertThat(limit.tryAcquire(email, "10.20.0.5")).isFalse();
    }

    @Test
    void aClientAskingForManyAddressesIsStopped() {
        var limit = new PasswordResetLimit(jdbc, clock, new PasswordResetProperties(3, 5, Duration.ofHours(1)));
        String client = "10.21." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);

        for (int i = 0; i < 5; i++) {
            assertThat(limit.tryAcquire(TestData.uniqueEmail("spray"), client)).isTrue();
        }
        assertThat(limit.tryAcquire(TestData.uniqueEmail("spray"), client)).isFalse();

        clock.advance(Duration.ofHours(1));
        assertThat(limit.tryAcquire(TestData.uniqueEmail("spray"), client)).isTrue();
    }
}
