package com.cartera.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The outbox's backoff and the checks on its settings. */
class MailPropertiesTest {

    @Test
    void retriesWaitTwiceAsLongEachTimeUpToTheLongestWait() {
        var settings = new MailProperties(null, null, 8, Duration.ofSeconds(30), Duration.ofMinutes(10), null, null, 0,
                false);

        assertThat(settings.retryAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.retryAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.retryAfter(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.retryAfter(5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(settings.retryAfter(6)).isEqualTo(Duration.ofMinutes(10));
        assertThat(settings.retryAfter(1000)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void defaultsAreSensibleAndNonsenseIsRefusedByName() {
        var defaults = new MailProperties(null, null, 0, null, null, null, null, 0, false);
        assertThat(defaults.maxAttempts()).isEqualTo(8);
        assertThat(defaults.from()).isEqualTo("Cartera <no-reply@cartera.invalid>");

        assertThatThrownBy(() -> new MailProperties(null, null, 3, Duration.ofMinutes(5), Duration.ofMinutes(1), null,
                null, 0, false)).hasMessageContaining("first-retry");
        assertThatThrownBy(() -> new MailProperties(null, null, 3, null, null, null, Duration.ofSeconds(5), 0, false))
                .hasMessageContaining("cartera.mail.lease");
        assertThat(MailSenders.isAddress("Ventas <ventas@acme.es>")).isTrue();
        assertThat(MailSenders.isAddress("a@b.es, c@d.es")).isFalse();
        assertThat(MailSenders.isAddress("x@y.es\r\nBcc: z@w.es")).isFalse();
    }
}
