package com.cartera.base.db;

import java.time.Duration;
import java.util.Properties;

import com.zaxxer.hikari.HikariConfig;

/**
 * Time limits of a database session, applied to a pool's connections when they are opened: the server-side
 * ones through the driver's {@code options} (the session's defaults, which {@code RESET} returns to), the
 * client-side one as the driver's socket timeout. Options set before (by configuration) are kept; a later
 * {@code -c} of the same setting wins.
 */
record SessionLimits(Duration statement, Duration lock, Duration idleInTransaction, Duration socket) {

    /** Every limit {@code limit}, the socket a little longer so that the server's cancel arrives first. */
    static SessionLimits all(Duration limit) {
        return new SessionLimits(limit, limit, limit, limit.isZero() ? limit : limit.plus(limit.dividedBy(2)));
    }

    void applyTo(HikariConfig pool) {
        var properties = new Properties();
        properties.putAll(pool.getDataSourceProperties());
        String configured = properties.getProperty("options", "");
        properties.setProperty("options", (configured + " " + options()).strip());
        // pgjdbc reads the socket timeout in whole seconds.
        properties.setProperty("socketTimeout", Long.toString(ceilSeconds(socket)));
        pool.setDataSourceProperties(properties);
    }

    String options() {
        return "-c statement_timeout=" + statement.toMillis()
                + " -c lock_timeout=" + lock.toMillis()
                + " -c idle_in_transaction_session_timeout=" + idleInTransaction.toMillis();
    }

    static long ceilSeconds(Duration duration) {
        return (duration.toMillis() + 999) / 1000;
    }
}
