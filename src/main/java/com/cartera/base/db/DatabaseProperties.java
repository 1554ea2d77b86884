package com.cartera.base.db;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long the database may take. Every pooled connection gets the request limits as session defaults;
 * bulk work raises them for its own transaction ({@link BulkWork}); migrations run on connections of their
 * own with the migration limit ({@link MigrationConnections}). Zero means no limit.
 *
 * @param statementTimeout         longest single statement of a request (PostgreSQL {@code statement_timeout})
 * @param lockTimeout              longest wait for a lock held by someone else ({@code lock_timeout})
 * @param idleInTransactionTimeout a transaction left open doing nothing this long is ended by the server
 *                                 ({@code idle_in_transaction_session_timeout}), so it cannot hold locks forever
 * @param socketTimeout            no answer from the server for this long means it or the network is gone (JDBC
 *                                 {@code socketTimeout}); above the statement timeout, so that the server cancels
 *                                 first and says why
 * @param bulk                     the longer limits of bulk work, each in one place
 */
@ConfigurationProperties("cartera.database")
public record DatabaseProperties(Duration statementTimeout, Duration lockTimeout, Duration idleInTransactionTimeout,
                                 Duration socketTimeout, Bulk bulk) {

    public DatabaseProperties {
        statementTimeout = orDefault(statementTimeout, Duration.ofSeconds(30), "statement-timeout");
        lockTimeout = orDefault(lockTimeout, Duration.ofSeconds(10), "lock-timeout");
        idleInTransactionTimeout = orDefault(idleInTransactionTimeout, Duration.ofSeconds(60), "idle-in-transaction-timeout");
        socketTimeout = orDefault(socketTimeout, Duration.ofSeconds(45), "socket-timeout");
        if (bulk == null) {
            bulk = new Bulk(null, null, null, null, null, null, null, null, null);
        }
    }

    /** The limits every pooled connection starts with. */
    SessionLimits requestLimits() {
        return new SessionLimits(statementTimeout, lockTimeout, idleInTransactionTimeout, socketTimeout);
    }

    /**
     * @param migrations           Flyway migrations of the control and tenant schemas, at start-up and sign-up,
     *                             including the rebuild of indexes an interrupted import left suspended
     * @param importBatch          one batch of an Excel import
     * @param indexRebuild         building the customer indexes again after a large import
     * @param segmentRecalculation the nightly tiers and RFM scores of one workspace
     * @param followUpSuggestions  the daily birthday and welcome suggestions of one workspace
     * @param demoSeed             one step of filling the demo workspace
     * @param export               reading the customers of an Excel export, streamed from one query
     * @param prediction           the nightly CLV model fit and churn scoring of one workspace
     */
    public record Bulk(Duration migrations, Duration importBatch, Duration indexRebuild,
                       Duration segmentRecalculation, Duration followUpSuggestions, Duration demoSeed,
                       Duration export, Duration analyticsRefresh, Duration prediction) {
        public Bulk {
            migrations = orDefault(migrations, Duration.ofHours(2), "bulk.migrations");
            importBatch = orDefault(importBatch, Duration.ofMinutes(10), "bulk.import-batch");
            indexRebuild = orDefault(indexRebuild, Duration.ofHours(1), "bulk.index-rebuild");
            segmentRecalculation = orDefault(segmentRecalculation, Duration.ofMinutes(30), "bulk.segment-recalculation");
            followUpSuggestions = orDefault(followUpSuggestions, Duration.ofMinutes(10), "bulk.follow-up-suggestions");
            demoSeed = orDefault(demoSeed, Duration.ofMinutes(10), "bulk.demo-seed");
            export = orDefault(export, Duration.ofMinutes(30), "bulk.export");
            analyticsRefresh = orDefault(analyticsRefresh, Duration.ofMinutes(30), "bulk.analytics-refresh");
            prediction = orDefault(prediction, Duration.ofMinutes(30), "bulk.prediction");
        }
    }

    private static Duration orDefault(Duration value, Duration fallback, String name) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative()) {
            throw new IllegalArgumentException("cartera.database." + name + " must be zero (no limit) or positive, not "
                    + value);
        }
        return value;
    }
}
