package com.cartera.base.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs bulk work in a transaction of its own with a longer time limit than a request has: the transaction's
 * timeout, and {@code statement_timeout}, {@code lock_timeout}, {@code idle_in_transaction_session_timeout} and
 * the socket timeout of its connection. The server-side limits are set with {@code SET LOCAL} and end with the
 * transaction; the pool puts the socket timeout back when the connection is returned. Each kind of work has its
 * limit under {@code cartera.database.bulk.*}.
 */
public class BulkWork {

    /** The kinds of bulk work, each with its limit in {@link DatabaseProperties.Bulk}. */
    public enum Job {
        IMPORT_BATCH(DatabaseProperties.Bulk::importBatch),
        INDEX_REBUILD(DatabaseProperties.Bulk::indexRebuild),
        SEGMENT_RECALCULATION(DatabaseProperties.Bulk::segmentRecalculation),
        FOLLOW_UP_SUGGESTIONS(DatabaseProperties.Bulk::followUpSuggestions),
        DEMO_SEED(DatabaseProperties.Bulk::demoSeed),
        EXPORT(DatabaseProperties.Bulk::export),
        ANALYTICS_REFRESH(DatabaseProperties.Bulk::analyticsRefresh),
        PREDICTION(DatabaseProperties.Bulk::prediction);

        private final Function<DatabaseProperties.Bulk, Duration> limit;

        Job(Function<DatabaseProperties.Bulk, Duration> limit) {
            this.limit = limit;
        }
    }

    private final DatabaseProperties properties;
    private final DataSource dataSource;
    private final PlatformTransactionManager transactionManager;

    BulkWork(DatabaseProperties properties, DataSource dataSource, PlatformTransactionManager transactionManager) {
        this.properties = properties;
        this.dataSource = dataSource;
        this.transactionManager = transactionManager;
    }

    /** The limit {@code job} runs with. */
    public Duration limit(Job job) {
        return job.limit.apply(properties.bulk());
    }

    /**
     * Runs {@code work} in a new transaction with the limits of {@code job}. Called outside any transaction:
     * inside one, the caller's limits could no longer be raised.
     */
    public <T> T inTransaction(Job job, Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Bulk work " + job + " must start its own transaction, not join one");
        }
        Duration limit = limit(job);
        var transaction = new TransactionTemplate(transactionManager);
        if (!limit.isZero()) {
            transaction.setTimeout((int) Math.min(Integer.MAX_VALUE, SessionLimits.ceilSeconds(limit)));
        }
        return transaction.execute(status -> {
            raise(SessionLimits.all(limit));
            return work.get();
        });
    }

    public void run(Job job, Runnable work) {
        inTransaction(job, () -> {
            work.run();
            return null;
        });
    }

    private void raise(SessionLimits limits) {
        // The connection the transaction holds (JPA exposes it to JDBC code too): the one the work will use.
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (var set = connection.prepareStatement("select set_config('statement_timeout', ?, true),"
                + " set_config('lock_timeout', ?, true), set_config('idle_in_transaction_session_timeout', ?, true)")) {
            set.setString(1, Long.toString(limits.statement().toMillis()));
            set.setString(2, Long.toString(limits.lock().toMillis()));
            set.setString(3, Long.toString(limits.idleInTransaction().toMillis()));
            set.execute();
            connection.setNetworkTimeout(Runnable::run, (int) Math.min(Integer.MAX_VALUE, limits.socket().toMillis()));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not raise the time limits of a bulk transaction", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
