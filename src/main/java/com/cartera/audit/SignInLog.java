package com.cartera.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The control schema's record of sign-in attempts ({@code cartera.sign_in_event}). Reading is for one
 * workspace at a time: attempts that entered it, and those of its members' e-mail addresses.
 */
@Component
class SignInLog {

    static final int EMAIL_LENGTH = 254;

    /** One attempt as the admin screen shows it. */
    record SignIn(long id, Instant occurredAt, String email, String method, String outcome, String remoteAddress) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(String email, UUID userId, UUID tenantId, String method, String outcome, String remoteAddress) {
        String stored = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        jdbc.sql("insert into cartera.sign_in_event (occurred_at, email, user_id, tenant_id, method, outcome,"
                        + " remote_addr) values (?, ?, ?, ?, ?, ?, ?)")
                .params(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                        stored.length() > EMAIL_LENGTH ? stored.substring(0, EMAIL_LENGTH) : stored, userId, tenantId,
                        method, outcome,
                        remoteAddress == null || remoteAddress.length() <= 64 ? remoteAddress : remoteAddress.substring(0, 64))
                .update();
    }

    /** Newest first: attempts that entered {@code tenantId} or were made with one of {@code memberEmails}. */
    List<SignIn> page(UUID tenantId, Collection<String> memberEmails, Instant from, Instant to, int offset, int limit) {
        return jdbc.sql("select id, occurred_at, email, method, outcome, remote_addr from cartera.sign_in_event"
                        + where() + " order by occurred_at desc, id desc offset ? limit ?")
                .params(parameters(tenantId, memberEmails, from, to, offset, limit))
                .query((rs, row) -> new SignIn(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    int count(UUID tenantId, Collection<String> memberEmails, Instant from, Instant to) {
        return jdbc.sql("select count(*) from cartera.sign_in_event" + where())
                .params(parameters(tenantId, memberEmails, from, to))
                .query(Integer.class).single();
    }

    private static String where() {
        // An attempt that went straight into another workspace is that workspace's activity, not this one's.
        return " where (tenant_id = ? or (tenant_id is null and email = any(?)))"
                + " and (cast(? as timestamptz) is null or occurred_at >= ?)"
                + " and (cast(? as timestamptz) is null or occurred_at < ?)";
    }

    private static Object[] parameters(UUID tenantId, Collection<String> memberEmails, Instant from, Instant to,
                                       Object... more) {
        OffsetDateTime start = from == null ? null : OffsetDateTime.ofInstant(from, ZoneOffset.UTC);
        OffsetDateTime end = to == null ? null : OffsetDateTime.ofInstant(to, ZoneOffset.UTC);
        String[] emails = memberEmails.stream().map(e -> e.toLowerCase(Locale.ROOT)).toArray(String[]::new);
        Object[] fixed = {tenantId, emails, start, start, end, end};
        Object[] all = new Object[fixed.length + more.length];
        System.arraycopy(fixed, 0, all, 0, fixed.length);
        System.arraycopy(more, 0, all, fixed.length, more.length);
        return all;
    }
}
