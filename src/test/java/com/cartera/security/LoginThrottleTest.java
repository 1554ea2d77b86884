package com.cartera.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/**
 * Five failed sign-ins for one e-mail address lock it, fifty from one network address lock that
 * address; a successful sign-in clears the e-mail's count; a lock lifts 15 minutes after the last failure.
 */
class LoginThrottleTest {

    private final AtomicLong nanos = new AtomicLong();
    private final LoginThrottle throttle = new LoginThrottle(nanos::get);

    @Test
    void fourFailuresDoNotLockTheFifthDoes() {
        for (int i = 1; i <= 4; i++) {
            throttle.recordFailure("ana@example.com", "10.0.0.1");
            assertThat(throttle.isLocked("ana@example.com")).as("after %d failures", i).isFalse();
        }
        throttle.recordFailure("ana@example.com", "10.0.0.1");
        assertThat(throttle.isLocked("ana@example.com")).isTrue();
        throttle.recordFailure("ana@example.com", "10.0.0.1");
        assertThat(throttle.isLocked("ana@example.com")).as("further failures keep it locked").isTrue();
    }

    @Test
    void theCountIsPerAddressIgnoringCaseAndSurroundingSpaces() {
        throttle.recordFailure("Ana@Example.com", "10.0.0.1");
        throttle.recordFailure(" ana@example.com ", "10.0.0.1");
        throttle.recordFailure("ANA@EXAMPLE.COM", "10.0.0.1");
        throttle.recordFailure("ana@example.com", "10.0.0.1");
        throttle.recordFailure("ana@example.COM", "10.0.0.1");
        assertThat(throttle.isLocked("ana@example.com")).isTrue();
        assertThat(throttle.isLocked("  ANA@example.com")).isTrue();
        assertThat(throttle.isLocked("bob@example.com")).isFalse();
    }

    @Test
    void aSuccessResetsTheCount() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("ana@example.com", "10.0.0.1");
        }
        throttle.recordSuccess("ana@example.com");
        // Four more failures after the reset: 4, not 8, so still open.
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("ana@example.com", "10.0.0.1");
        }
        assertThat(throttle.isLocked("ana@example.com")).isFalse();
        throttle.recordFailure("ana@example.com", "10.0.0.1");
        assertThat(throttle.isLocked("ana@example.com")).isTrue();
    }

    @Test
    void aSuccessAlsoLiftsALock() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("ana@example.com", "10.0.0.1");
        }
        assertThat(throttle.isLocked("ana@example.com")).isTrue();
        throttle.recordSuccess("ANA@example.com");
        assertThat(throttle.isLocked("ana@example.com")).isFalse();
    }

    @Test
    void aMissingAddressIsCountedLikeAnyOther() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(null, "10.0.0.1");
        }
        assertThat(throttle.isLocked(null)).isTrue();
        assertThat(throttle.isLocked("ana@example.com")).isFalse();
    }

    @Test
    void theLockLiftsFifteenMinutesAfterTheLastFailure() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("ana@example.com", null);
        }
        nanos.addAndGet(Duration.ofMinutes(14).toNanos());
        assertThat(throttle.isLocked("ana@example.com")).as("after 14 minutes").isTrue();
        throttle.recordFailure("ana@example.com", null);
        nanos.addAndGet(Duration.ofMinutes(14).toNanos());
        assertThat(throttle.isLocked("ana@example.com")).as("a new failure restarts the period").isTrue();
        nanos.addAndGet(Duration.ofMinutes(1).plusSeconds(1).toNanos());
        assertThat(throttle.isLocked("ana@example.com")).as("15 minutes after the last failure").isFalse();
    }

    @Test
    void fiftyFailuresFromOneAddressAcrossManyEmailsLockTheAddress() {
        for (int i = 0; i < 49; i++) {
            throttle.recordFailure("user" + i + "@example.com", "203.0.113.7");
        }
        assertThat(throttle.isAddressLocked("203.0.113.7")).isFalse();
        throttle.recordFailure("user49@example.com", "203.0.113.7");
        assertThat(throttle.isAddressLocked("203.0.113.7")).isTrue();
        assertThat(throttle.isAddressLocked("198.51.100.1")).isFalse();
        assertThat(throttle.isLocked("user1@example.com")).as("one failure per e-mail locks no e-mail").isFalse();
        assertThat(throttle.isAddressLocked(null)).isFalse();
    }
}
