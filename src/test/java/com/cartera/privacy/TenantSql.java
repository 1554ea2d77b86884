package com.cartera.privacy;

import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Statements of test set-up in one workspace's schema, with that schema on the search path (its triggers need it). */
final class TenantSql {

    final String schema;
    final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    TenantSql(ApplicationContext context, String schema) {
        this.schema = schema;
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(context.getBean(DataSource.class)));
    }

    int update(String sql, Object... arguments) {
        return inSchema(() -> jdbc.update(sql, arguments));
    }

    <T> T queryForObject(String sql, Class<T> type, Object... arguments) {
        return inSchema(() -> jdbc.queryForObject(sql, type, arguments));
    }

    private <T> T inSchema(Supplier<T> work) {
        return transactions.execute(status -> {
            jdbc.execute("set local search_path to " + schema + ", extensions");
            return work.get();
        });
    }
}
