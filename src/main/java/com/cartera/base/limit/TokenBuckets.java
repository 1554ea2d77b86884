package com.cartera.base.limit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Token buckets in one table of the control schema ({@code key varchar primary key, tokens double precision,
 * updated_at timestamptz}), so that every replica and a restart draw on the same budgets. A bucket holds
 * {@code capacity} tokens at most and refills evenly over {@code period}; a missing row is a full bucket.
 * Not a bean: each limit makes one on its own table.
 */
public final class TokenBuckets {

    private static final Pattern NAME = Pattern.compile("[a-z_]+(\\.[a-z_]+)?");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String table;
    private final String keyColumn;

    /**
     * @param table     the table, schema-qualified ({@code cartera.signup_budget}); a fixed name of the caller's,
     *                  never user input (it is checked to be a plain identifier)
     * @param keyColumn the table's primary key column
     */
    public TokenBuckets(JdbcClient jdbc, Clock clock, String table, String keyColumn) {
        if (!NAME.matcher(table).matches() || !NAME.matcher(keyColumn).matches() || keyColumn.contains(".")) {
            throw new IllegalArgumentException("Not a plain table or column name: " + table + ", " + keyColumn);
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.table = table;
        this.keyColumn = keyColumn;
    }

    /**
     * Takes one token from the bucket {@code key}, in one statement so that parallel requests cannot overdraw it.
     *
     * @return false when the bucket is empty (nothing is taken then)
     */
    public boolean take(String key, int capacity, Duration period) {
        return jdbc.sql("""
                        insert into %1$s as b (%2$s, tokens, updated_at)
                        values (:key, :capacity - 1, :now)
                        on conflict (%2$s) do update
                            set tokens = least(:capacity,
                                    b.tokens + greatest(0, extract(epoch from (:now - b.updated_at))) * :perSecond) - 1,
                                updated_at = :now
                            where least(:capacity,
                                    b.tokens + greatest(0, extract(epoch from (:now - b.updated_at))) * :perSecond) >= 1"""
                        .formatted(table, keyColumn))
                .param("key", key)
                .param("capacity", (double) capacity)
                .param("perSecond", capacity / (period.toMillis() / 1000.0))
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .update() == 1;
    }

    /** Deletes the buckets left alone for a whole period: they are full again, the same as no row at all. */
    public int purge(Duration period) {
        Instant fullBefore = clock.instant().minus(period);
        return jdbc.sql("delete from %s where updated_at < :fullBefore".formatted(table))
                .param("fullBefore", fullBefore.atOffset(ZoneOffset.UTC))
                .update();
    }
}
