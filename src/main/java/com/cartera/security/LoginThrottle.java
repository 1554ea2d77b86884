package com.cartera.security;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed sign-ins for one e-mail address,
 * further attempts for it are refused until {@link #LOCK_TIME} has passed since the last failure.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK_TIME = Duration.ofMinutes(15);

    private final Cache<String, AtomicInteger> failures = Caffeine.newBuilder()
            .expireAfterWrite(LOCK_TIME)
            .maximumSize(100_000)
            .build();

    boolean isLocked(String email) {
        AtomicInteger count = failures.getIfPresent(key(email));
        return count != null && count.get() >= MAX_FAILURES;
    }

    void recordFailure(String email) {
        String key = key(email);
        AtomicInteger count = failures.get(key, k -> new AtomicInteger());
        count.incrementAndGet();
        // Re-put to restart the lock period from this failure.
        failures.put(key, count);
    }

    void recordSuccess(String email) {
        failures.invalidate(key(email));
    }

    private static String key(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
