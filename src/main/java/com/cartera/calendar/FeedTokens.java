package com.cartera.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The secret addresses of calendar feeds (control table {@code calendar_feed}): 256 random bits in the address,
 * their SHA-256 in the table, one feed per person and workspace. Not secured: the feed request itself has nobody
 * signed in; {@link CalendarFeeds} checks who manages which feed.
 */
@Component
class FeedTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Whose feed a token opens, and whether it shows their customers' birthdays. */
    record Owner(UUID tenantId, UUID userId, boolean includeBirthdays) {
    }

    private final JdbcClient jdbc;

    FeedTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new secret address for the person's feed; the one before stops working in the same statement. */
    String issue(UUID tenantId, UUID userId, boolean includeBirthdays, Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                        insert into cartera.calendar_feed (tenant_id, user_id, token_hash, include_birthdays, created_at)
                        values (?, ?, ?, ?, ?)
                        on conflict (tenant_id, user_id) do update
                        set token_hash = excluded.token_hash, include_birthdays = excluded.include_birthdays,
                            created_at = excluded.created_at""")
                .params(tenantId, userId, hash(token), includeBirthdays, Timestamp.from(now))
                .update();
        return token;
    }

    Optional<Owner> find(String token) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        return jdbc.sql("select tenant_id, user_id, include_birthdays from cartera.calendar_feed where token_hash = ?")
                .param(hash(token))
                .query((rs, row) -> new Owner(rs.getObject("tenant_id", UUID.class), rs.getObject("user_id", UUID.class),
                        rs.getBoolean("include_birthdays")))
                .optional();
    }

    Optional<CalendarFeeds.Feed> of(UUID tenantId, UUID userId) {
        return jdbc.sql("select created_at, include_birthdays from cartera.calendar_feed where tenant_id = ? and user_id = ?")
                .params(tenantId, userId)
                .query((rs, row) -> new CalendarFeeds.Feed(rs.getTimestamp("created_at").toInstant(),
                        rs.getBoolean("include_birthdays")))
                .optional();
    }

    void includeBirthdays(UUID tenantId, UUID userId, boolean include) {
        jdbc.sql("update cartera.calendar_feed set include_birthdays = ? where tenant_id = ? and user_id = ?")
                .params(include, tenantId, userId)
                .update();
    }

    void revoke(UUID tenantId, UUID userId) {
        jdbc.sql("delete from cartera.calendar_feed where tenant_id = ? and user_id = ?").params(tenantId, userId).update();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
