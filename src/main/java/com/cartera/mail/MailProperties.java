package com.cartera.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How Cartera sends mail ({@code cartera.mail}); the SMTP server itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param from                  the sender of every message unless a workspace sets its own
 * @param replyTo               where answers go unless a workspace sets its own; none by default
 * @param maxAttempts           attempts before a message is marked FAILED (then only "send again" retries it)
 * @param firstRetry            wait after the first failed attempt; each further failure doubles it
 * @param maxRetry              the longest wait between two attempts
 * @param sweepInterval         how often the worker looks for retries and for mail queued before a restart
 * @param lease                 how long a message may stay SENDING before another worker takes it over (a worker
 *                              that stopped mid-send); longer than the SMTP timeouts
 * @param batchSize             messages claimed at once
 * @param deliverOnCommitThread send right after commit on the committing thread instead of the worker's thread;
 *                              for tests, where an action's mail must have arrived when the action returns
 */
@ConfigurationProperties("cartera.mail")
public record MailProperties(String from, String replyTo, int maxAttempts, Duration firstRetry, Duration maxRetry,
                             Duration sweepInterval, Duration lease, int batchSize, boolean deliverOnCommitThread) {

    public MailProperties {
        from = from == null || from.isBlank() ? "Cartera <no-reply@cartera.invalid>" : from;
        replyTo = replyTo == null || replyTo.isBlank() ? null : replyTo;
        maxAttempts = maxAttempts <= 0 ? 8 : maxAttempts;
        firstRetry = firstRetry == null ? Duration.ofSeconds(30) : firstRetry;
        maxRetry = maxRetry == null ? Duration.ofHours(2) : maxRetry;
        sweepInterval = sweepInterval == null ? Duration.ofSeconds(30) : sweepInterval;
        lease = lease == null ? Duration.ofMinutes(5) : lease;
        batchSize = batchSize <= 0 ? 50 : batchSize;
        if (firstRetry.isNegative() || maxRetry.compareTo(firstRetry) < 0) {
            throw new IllegalArgumentException("cartera.mail needs 0 <= first-retry <= max-retry, not " + firstRetry
                    + " and " + maxRetry);
        }
        if (lease.compareTo(Duration.ofSeconds(30)) < 0) {
            throw new IllegalArgumentException("cartera.mail.lease must be at least 30s (longer than the SMTP "
                    + "timeouts), not " + lease);
        }
    }

    /** The wait before the attempt after {@code failedAttempts} failures: doubling from first-retry, capped. */
    public Duration retryAfter(int failedAttempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < Math.min(failedAttempts, 40) && wait.compareTo(maxRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }
}
