package com.cartera.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.cartera.security.LoginThrottleProperties.Budget;

/**
 * Slows down password guessing with growing delays, counted in the control schema so that replicas and restarts
 * share them. The tight budget is per account and client address, so failures from elsewhere never hold up the
 * person at their own address; a looser budget per client address catches spraying across accounts, and a
 * ceiling per account slows a guesser who uses many addresses. An address that has signed in to an account is
 * exempt from the two looser budgets for that account, so neither can be used to keep its owner out.
 * <p>
 * An attempt is counted against its pair before the password is checked, under the row's lock, so parallel
 * guesses cannot slip through together; a success clears it. The looser budgets are charged after a failure.
 */
@Component
@EnableConfigurationProperties(LoginThrottleProperties.class)
class LoginThrottle {

    private static final String NO_CLIENT = "-";

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final LoginThrottleProperties settings;

    LoginThrottle(JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock,
                  LoginThrottleProperties settings) {
        this.jdbc = jdbc;
        // Counts survive the caller's rollback (a refused invitation rolls back its transaction).
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * Asks to check a password for {@code email} from {@code client} (null when unknown).
     *
     * @return empty when the check may go ahead (it then counts as a failure until {@link #succeeded}), or how
     *         long to wait before the next attempt
     */
    Optional<Duration> tryAttempt(String email, String client) {
        Instant now = now();
        String account = accountKey(email);
        String pair = pairKey(account, client);
        return ownTransaction.execute(status -> {
            Row row = lockedRow("PAIR", pair);
            Duration wait = waitOf(row, now);
            if (!row.isTrusted(now, settings.trustClientFor())) {
                wait = longest(wait, longest(waitOf(find("ACCOUNT", account), now),
                        client == null ? Duration.ZERO : waitOf(find("CLIENT", client), now)));
            }
            if (wait.isPositive()) {
                return Optional.of(wait);
            }
            charge("PAIR", pair, row, settings.pair(), now);
            return Optional.<Duration>empty();
        });
    }

    /** The password was wrong: charges the client address and the account too. */
    void failed(String email, String client) {
        Instant now = now();
        String account = accountKey(email);
        ownTransaction.executeWithoutResult(status -> {
            if (lockedRow("PAIR", pairKey(account, client)).isTrusted(now, settings.trustClientFor())) {
                return;
            }
            charge("ACCOUNT", account, lockedRow("ACCOUNT", account), settings.account(), now);
            if (client != null) {
                charge("CLIENT", client, lockedRow("CLIENT", client), settings.client(), now);
            }
        });
    }

    /** The password was right: the pair starts again from nothing and its address is trusted for the account. */
    void succeeded(String email, String client) {
        Instant now = now();
        ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                        update cartera.login_throttle set failures = 0, last_failure_at = null, next_allowed_at = null,
                               last_success_at = :now
                        where scope = 'PAIR' and subject = :subject""")
                .param("now", at(now))
                .param("subject", pairKey(accountKey(email), client))
                .update());
    }

    /** Rows that no longer slow anybody down nor trust any address go, on every replica alike. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    int purge() {
        Instant now = now();
        return jdbc.sql("""
                        delete from cartera.login_throttle
                        where coalesce(last_failure_at, '-infinity') < :forgottenBefore
                          and coalesce(last_success_at, '-infinity') < :untrustedBefore""")
                .param("forgottenBefore", at(now.minus(settings.forgetAfter())))
                .param("untrustedBefore", at(now.minus(settings.trustClientFor())))
                .update();
    }

    /** PostgreSQL keeps microseconds: a finer instant would not match what it stored. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private record Row(int failures, Instant lastFailureAt, Instant nextAllowedAt, Instant lastSuccessAt) {

        static final Row NONE = new Row(0, null, null, null);

        boolean isTrusted(Instant now, Duration trustFor) {
            return lastSuccessAt != null && lastSuccessAt.isAfter(now.minus(trustFor));
        }
    }

    /** The row, created if missing and locked until the transaction ends. */
    private Row lockedRow(String scope, String subject) {
        jdbc.sql("insert into cartera.login_throttle (scope, subject) values (:scope, :subject) on conflict do nothing")
                .param("scope", scope).param("subject", subject).update();
        return select(scope, subject, " for update").orElseThrow();
    }

    private Row find(String scope, String subject) {
        return select(scope, subject, "").orElse(Row.NONE);
    }

    private Optional<Row> select(String scope, String subject, String lock) {
        return jdbc.sql("""
                        select failures, last_failure_at, next_allowed_at, last_success_at from cartera.login_throttle
                        where scope = :scope and subject = :subject""" + lock)
                .param("scope", scope).param("subject", subject)
                .query((rs, n) -> new Row(rs.getInt(1), instant(rs.getObject(2, OffsetDateTime.class)),
                        instant(rs.getObject(3, OffsetDateTime.class)), instant(rs.getObject(4, OffsetDateTime.class))))
                .optional();
    }

    private void charge(String scope, String subject, Row row, Budget budget, Instant now) {
        int failures = (isForgotten(row, now) ? 0 : row.failures()) + 1;
        jdbc.sql("""
                        update cartera.login_throttle set failures = :failures, last_failure_at = :now,
                               next_allowed_at = :nextAllowed
                        where scope = :scope and subject = :subject""")
                .param("failures", failures)
                .param("now", at(now))
                .param("nextAllowed", at(now.plus(budget.delayAfter(failures))))
                .param("scope", scope).param("subject", subject)
                .update();
    }

    private boolean isForgotten(Row row, Instant now) {
        return row.lastFailureAt() == null || row.lastFailureAt().isBefore(now.minus(settings.forgetAfter()));
    }

    private static Duration waitOf(Row row, Instant now) {
        return row.nextAllowedAt() == null || !row.nextAllowedAt().isAfter(now)
                ? Duration.ZERO : Duration.between(now, row.nextAllowedAt());
    }

    private static Duration longest(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    /** E-mail addresses are not stored for attempts; a hash of the normalised address stands for the account. */
    private static String accountKey(String email) {
        String normalised = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String pairKey(String accountKey, String client) {
        return accountKey + " " + (client == null ? NO_CLIENT : client);
    }
}
