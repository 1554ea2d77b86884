package com.cartera.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneId;

import javax.sql.DataSource;

import com.cartera.tenancy.TenantSql;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily support figures (V39: {@code support_day}, {@code support_day_span}, {@code csat_day}): what the support
 * home and the CSAT figures read instead of the ticket and survey history. Triggers on the ticket and survey tables
 * keep them in the transaction that changes a row, in the zone they were built in; they are built from the tickets
 * and surveys the first time they are read in a workspace (an existing desk after the upgrade) and again after the
 * workspace's zone changed.
 */
@Component
class SupportDays {

    static final String FIRST_RESPONSE = "F";
    static final String RESOLUTION = "R";

    /** How long a build may take: about a minute for a million tickets on a busy two-core machine. */
    private static final Duration BUILD_LIMIT = Duration.ofMinutes(15);

    private final TenantSql sql;
    private final DataSource dataSource;
    private final TransactionTemplate ownTransaction;

    SupportDays(TenantSql sql, DataSource dataSource, PlatformTransactionManager transactions) {
        this.sql = sql;
        this.dataSource = dataSource;
        this.ownTransaction = new TransactionTemplate(transactions);
        // The readers are read-only; the build commits on its own so that the triggers keep it from then on.
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Builds the figures in {@code zone} unless they are already kept in it. */
    void keepIn(ZoneId zone) {
        if (!zone.getId().equals(keptIn())) {
            ownTransaction.executeWithoutResult(status -> {
                // The build waits for the ticket writers in progress; a caller that wrote tickets itself would
                // wait for its own transaction, so it gives up rather than hang.
                sql.client().sql("set local lock_timeout = '30s'").update();
                // Building a large desk's figures takes longer than a request's statement may (as bulk work does,
                // base.db.BulkWork; the pool puts the connection's socket timeout back when it is returned).
                sql.client().sql("select set_config('statement_timeout', :limit, true)")
                        .param("limit", Long.toString(BUILD_LIMIT.toMillis())).query().listOfRows();
                raiseSocketTimeout();
                sql.client().sql("select support_figures_keep_in(:zone)").param("zone", zone.getId()).query()
                        .listOfRows();
            });
        }
    }

    private void raiseSocketTimeout() {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.setNetworkTimeout(Runnable::run, (int) BUILD_LIMIT.toMillis());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not give the support figures' build its time", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private String keptIn() {
        return sql.client().sql("select time_zone from support_figures_state").query(String.class).optional()
                .orElse(null);
    }
}
