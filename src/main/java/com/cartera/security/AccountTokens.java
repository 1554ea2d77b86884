package com.cartera.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One-time secret links mailed to an account's address (table account_token). The token is only in
 * the message; the table keeps its hash. Callers run inside a transaction.
 */
@Component
class AccountTokens {

    enum Purpose {
        VERIFY_EMAIL(Duration.ofDays(3)),
        LINK_IDENTITY(Duration.ofHours(1)),
        RESET_PASSWORD(Duration.ofHours(1));

        final Duration validity;

        Purpose(Duration validity) {
            this.validity = validity;
        }
    }

    /** An open token: whose account it is for and, for a provider link, which identity. */
    record Open(UUID userId, String issuer, String subject) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    String issue(UUID userId, Purpose purpose, String issuer, String subject) {
        String token = InvitationTokens.newToken();
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into cartera.account_token (id, user_id, purpose, token_hash, issuer, subject, created_at, expires_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), userId, purpose.name(), InvitationTokens.hash(token), issuer, subject,
                        java.sql.Timestamp.from(now), java.sql.Timestamp.from(now.plus(purpose.validity)))
                .update();
        return token;
    }

    /** The token if it is still open for this purpose; does not use it up. */
    Optional<Open> find(String token, Purpose purpose) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select user_id, issuer, subject from cartera.account_token
                        where token_hash = ? and purpose = ? and used_at is null and expires_at > ?""")
                .params(InvitationTokens.hash(token), purpose.name(), java.sql.Timestamp.from(clock.instant()))
                .query((rs, row) -> new Open(rs.getObject("user_id", UUID.class), rs.getString("issuer"),
                        rs.getString("subject")))
                .optional();
    }

    /** What became of a token: open, used already, past its time, or never issued for this purpose. */
    enum State {
        OPEN, USED, EXPIRED, UNKNOWN
    }

    /** Why {@code token} is or is not usable, so that a page can say so plainly. */
    State state(String token, Purpose purpose) {
        if (token == null || token.isBlank()) {
            return State.UNKNOWN;
        }
        return jdbc.sql("select used_at is not null, expires_at <= ? from cartera.account_token"
                        + " where token_hash = ? and purpose = ?")
                .params(java.sql.Timestamp.from(clock.instant()), InvitationTokens.hash(token), purpose.name())
                .query((rs, row) -> rs.getBoolean(1) ? State.USED : rs.getBoolean(2) ? State.EXPIRED : State.OPEN)
                .optional().orElse(State.UNKNOWN);
    }

    /** Ends every open token of the account for {@code purpose}: only the newest link works. */
    void revokeOpen(UUID userId, Purpose purpose) {
        jdbc.sql("update cartera.account_token set expires_at = least(expires_at, ?)"
                        + " where user_id = ? and purpose = ? and used_at is null")
                .params(java.sql.Timestamp.from(clock.instant()), userId, purpose.name())
                .update();
    }

    /** Uses the token up; false when another request used it first. */
    boolean use(String token) {
        return jdbc.sql("update cartera.account_token set used_at = ? where token_hash = ? and used_at is null")
                .params(java.sql.Timestamp.from(clock.instant()), InvitationTokens.hash(token))
                .update() == 1;
    }
}
