package com.cartera.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How failed sign-ins slow down further attempts ({@code cartera.security.login-throttle}).
 *
 * @param pair         one account from one client address: the tight budget
 * @param client       one client address across many accounts (spraying): looser, as an office shares its address
 * @param account      one account from everywhere: a ceiling that slows but, capped low, never locks
 * @param forgetAfter  failures this long ago no longer count; must exceed every maximum delay
 * @param trustClientFor how long a client address that signed in to an account is exempt from the client and
 *                     account budgets for that account
 */
@ConfigurationProperties("cartera.security.login-throttle")
public record LoginThrottleProperties(Budget pair, Budget client, Budget account, Duration forgetAfter,
                                      Duration trustClientFor) {

    public LoginThrottleProperties {
        pair = pair != null ? pair : new Budget(3, Duration.ofSeconds(1), Duration.ofMinutes(15));
        client = client != null ? client : new Budget(30, Duration.ofSeconds(1), Duration.ofMinutes(15));
        account = account != null ? account : new Budget(10, Duration.ofSeconds(1), Duration.ofMinutes(1));
        forgetAfter = forgetAfter != null ? forgetAfter : Duration.ofHours(1);
        trustClientFor = trustClientFor != null ? trustClientFor : Duration.ofDays(30);
        for (Budget budget : new Budget[] {pair, client, account}) {
            if (budget.maxDelay().compareTo(forgetAfter) >= 0) {
                throw new IllegalArgumentException("cartera.security.login-throttle.forget-after (" + forgetAfter
                        + ") must be longer than every max-delay (" + budget.maxDelay() + ")");
            }
        }
    }

    /**
     * The first {@code freeFailures} failures cost nothing; each further one makes the next attempt wait
     * {@code firstDelay}, then twice as long each time, up to {@code maxDelay}.
     */
    public record Budget(int freeFailures, Duration firstDelay, Duration maxDelay) {

        public Budget {
            if (freeFailures < 0 || firstDelay == null || firstDelay.isNegative() || maxDelay == null
                    || maxDelay.compareTo(firstDelay) < 0) {
                throw new IllegalArgumentException("A login-throttle budget needs free-failures >= 0 and "
                        + "0 <= first-delay <= max-delay, not " + freeFailures + ", " + firstDelay + ", " + maxDelay);
            }
        }

        /** The wait after the {@code failures}-th failure in a row. */
        Duration delayAfter(int failures) {
            if (failures <= freeFailures) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures - freeFailures - 1, 40);
            Duration delay = firstDelay;
            for (int i = 0; i < doublings && delay.compareTo(maxDelay) < 0; i++) {
                delay = delay.multipliedBy(2);
            }
            return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
        }
    }
}
