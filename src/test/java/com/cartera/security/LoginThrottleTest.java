package com.cartera.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Five failed sign-ins for one e-mail address lock it; a successful sign-in clears the count. (The
 * 15-minute expiry runs on Caffeine's system ticker, which the class does not let a test replace, so it
 * is not tested here.)
 */
class LoginThrottleTest {

    private final LoginThrottle throttle = new LoginThrottle();

    @Test
    void fourFailuresDoNotLockTheFifthDoes() {
        for (int i = 1; i <= 4; i++) {
            throttle.recordFailure("ana@example.com");
            assertThat(throttle.isLocked("ana@example.com")).as("after %d failures", i).isFalse();
        }
        throttle.recordFailure("ana@example.com");
        assertThat(throttle.isLocked("ana@example.com")).isTrue();
        throttle.recordFailure("ana@example.com");
        assertThat(throttle.isLocked("ana@example.com")).as("further failures keep it locked").isTrue();
    }

    @Test
    void theCountIsPerAddressIgnoringCaseAndSurroundingSpaces() {
        throttle.recordFailure("Ana@Example.com");
        throttle.recordFailure(" ana@example.com ");
        throttle.recordFailure("ANA@EXAMPLE.COM");
        throttle.recordFailure("ana@example.com");
        throttle.recordFailure("ana@example.COM");
        assertThat(throttle.isLocked("ana@example.com")).isTrue();
        assertThat(throttle.isLocked("  ANA@example.com")).isTrue();
        assertThat(throttle.isLocked("bob@example.com")).isFalse();
    }

    @Test
    void aSuccessResetsTheCount() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("ana@example.com");
        }
        throttle.recordSuccess("ana@example.com");
        // Four more failures after the reset: 4, not 8, so still open.
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("ana@example.com");
        }
        assertThat(throttle.isLocked("ana@example.com")).isFalse();
        throttle.recordFailure("ana@example.com");
        assertThat(throttle.isLocked("ana@example.com")).isTrue();
    }

    @Test
    void aSuccessAlsoLiftsALock() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("ana@example.com");
        }
        assertThat(throttle.isLocked("ana@example.com")).isTrue();
        throttle.recordSuccess("ANA@example.com");
        assertThat(throttle.isLocked("ana@example.com")).isFalse();
    }

    @Test
    void aMissingAddressIsCountedLikeAnyOther() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(null);
        }
        assertThat(throttle.isLocked(null)).isTrue();
        assertThat(throttle.isLocked("ana@example.com")).isFalse();
    }
}
