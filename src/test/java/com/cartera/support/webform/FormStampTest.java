package com.cartera.support.webform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.cartera.support.webform.FormStamp.Check;

/** The signed time a form was shown: too soon is a robot, too late asks to send again, a forged one is no stamp. */
class FormStampTest {

    private static final Duration MIN = Duration.ofSeconds(3);
    private static final Duration MAX = Duration.ofHours(2);
    private static final Instant SHOWN = Instant.parse("2031-05-04T10:00:00Z");

    private final FormStamp stamps = new FormStamp("a secret of the test");

    @Test
    void aFormSentBetweenTheLimitsIsFresh() {
        String stamp = stamps.issue("key-a", SHOWN);
        assertThat(stamps.check("key-a", stamp, SHOWN.plusSeconds(3), MIN, MAX)).isEqualTo(Check.FRESH);
        assertThat(stamps.check("key-a", stamp, SHOWN.plus(MAX), MIN, MAX)).isEqualTo(Check.FRESH);
    }

    @Test
    void aFormSentAtOnceIsTooFastAndOneLeftOpenTooLongIsStale() {
        String stamp = stamps.issue("key-a", SHOWN);
        assertThat(stamps.check("key-a", stamp, SHOWN.plusMillis(2999), MIN, MAX)).isEqualTo(Check.TOO_FAST);
        assertThat(stamps.check("key-a", stamp, SHOWN.plus(MAX).plusMillis(1), MIN, MAX)).isEqualTo(Check.STALE);
    }

    @Test
    void aStampMovedBackForgedOrOfAnotherFormIsNoStamp() {
        String stamp = stamps.issue("key-a", SHOWN);
        String signature = stamp.substring(stamp.indexOf('.') + 1);
        Instant now = SHOWN.plusSeconds(10);
        assertThat(stamps.check("key-a", SHOWN.minusSeconds(60).toEpochMilli() + "." + signature, now, MIN, MAX))
                .isEqualTo(Check.STALE);
        assertThat(stamps.check("key-b", stamp, now, MIN, MAX)).isEqualTo(Check.STALE);
        assertThat(new FormStamp("another secret").check("key-a", stamp, now, MIN, MAX)).isEqualTo(Check.STALE);
        for (String garbled : new String[] {null, "", ".", "abc.def", SHOWN.toEpochMilli() + ""}) {
            assertThat(stamps.check("key-a", garbled, now, MIN, MAX)).as(garbled).isEqualTo(Check.STALE);
        }
    }
}
