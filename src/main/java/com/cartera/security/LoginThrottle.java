package com.cartera.security;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed sign-ins for one e-mail address,
 * or {@value #MAX_FAILURES_PER_ADDRESS} from one network address (guessing across many e-mails),
 * further attempts are refused until {@link #LOCK_TIME} has passed since the last failure.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 50;
    static final Duration LOCK_TIME = Duration.ofMinutes(15);

    private final Cache<String, AtomicInteger> failures;

    @Autowired
    LoginThrottle() {
        this(Ticker.systemTicker());
    }

    /** @param ticker the clock the lock period runs on */
    LoginThrottle(Ticker ticker) {
        this.failures = Caffeine.newBuilder()
                .ticker(ticker)
                .expireAfterWrite(LOCK_TIME)
                .maximumSize(100_000)
                .build();
    }

    boolean isLocked(String email) {
        return failuresOf(key(email)) >= MAX_FAILURES;
    }

    boolean isAddressLocked(String remoteAddress) {
        return remoteAddress != null && failuresOf(addressKey(remoteAddress)) >= MAX_FAILURES_PER_ADDRESS;
    }

    void recordFailure(String email, String remoteAddress) {
        count(key(email));
        if (remoteAddress != null) {
            count(addressKey(remoteAddress));
        }
    }

    private int failuresOf(String key) {
        AtomicInteger count = failures.getIfPresent(key);
        return count == null ? 0 : count.get();
    }

    private void count(String key) {
        AtomicInteger count = failures.get(key, k -> new AtomicInteger());
        count.incrementAndGet();
        // Re-put to restart the lock period from this failure.
        failures.put(key, count);
    }

    private static String addressKey(String remoteAddress) {
        return "address:" + remoteAddress;
    }

    void recordSuccess(String email) {
        failures.invalidate(key(email));
    }

    private static String key(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
