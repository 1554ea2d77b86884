package com.cartera.base.db;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.Set;

import org.springframework.transaction.TransactionTimedOutException;

/** Tells whether a failure is the database work taking longer than its time limit. */
public final class QueryTimeouts {

    /** query_canceled (statement_timeout, or the driver's cancel at the transaction's deadline), lock_not_available. */
    private static final Set<String> SQL_STATES = Set.of("57014", "55P03");

    private QueryTimeouts() {
    }

    public static boolean isTimeout(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLTimeoutException
                    || t instanceof TransactionTimedOutException
                    || t instanceof org.springframework.dao.QueryTimeoutException
                    || t instanceof jakarta.persistence.QueryTimeoutException
                    || (t instanceof SQLException sql && SQL_STATES.contains(sql.getSQLState()))
                    // Hibernate's check of the transaction deadline before a statement has no type of its own.
                    || (t instanceof org.hibernate.TransactionException
                        && String.valueOf(t.getMessage()).contains("timeout expired"))) {
                return true;
            }
        }
        return false;
    }
}
