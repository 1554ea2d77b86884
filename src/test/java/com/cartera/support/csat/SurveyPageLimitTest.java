package com.cartera.support.csat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.cartera.CarteraIntegrationTest;

/** The public survey page is rationed per client address, and the budget refills with time. */
@CarteraIntegrationTest
class SurveyPageLimitTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aClientAddressGetsItsBudgetPerPeriodOthersTheirOwn() {
        Instant start = Instant.parse("2031-05-01T10:00:00Z");
        var properties = new CsatProperties(null, null, 3, Duration.ofHours(1));
        String client = "10.77." + (UUID.randomUUID().hashCode() & 0xff) + "." + (UUID.randomUUID().hashCode() & 0xff);
        String other = client + "9";
        var limit = new SurveyPageLimit(jdbc, Clock.fixed(start, ZoneOffset.UTC), properties);

        assertThat(limit.tryAcquire(client)).isTrue();
        assertThat(limit.tryAcquire(client)).isTrue();
        assertThat(limit.tryAcquire(client)).isTrue();
        assertThat(limit.tryAcquire(client)).as("fourth within the hour").isFalse();
        assertThat(limit.tryAcquire(other)).as("another address").isTrue();

        var later = new SurveyPageLimit(jdbc, Clock.fixed(start.plus(Duration.ofMinutes(20)), ZoneOffset.UTC),
                properties);
        assertThat(later.tryAcquire(client)).as("a third of the hour refills one").isTrue();
        assertThat(later.tryAcquire(client)).isFalse();
    }
}
