package com.cartera.tenancy;

import java.sql.Connection;

import jakarta.persistence.EntityManager;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one way to run SQL in a workspace's schema (DESIGN §4): a {@link JdbcClient} on the connection of the tenant
 * transaction in progress, so its statements see and join that transaction and can only reach that workspace.
 * Map rows to records with {@code .query(Record.class)} or a row mapper.
 *
 * <p>It refuses to run outside a transaction, outside a tenant scope, or when the transaction's session belongs to
 * another workspace than the one in scope. Changes the session still holds are flushed first, as Hibernate does
 * before its own native queries, so the SQL reads what the transaction wrote.
 */
@Component
public class TenantSql {

    private final EntityManager entityManager;

    TenantSql(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A client for one unit of work in the current transaction; do not keep it beyond that transaction. */
    public JdbcClient client() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Workspace SQL needs a transaction: annotate the caller @Transactional");
        }
        TenantRef tenant = TenantScope.require();
        Session session = entityManager.unwrap(Session.class);
        Object sessionTenant = session.getTenantIdentifierValue();
        if (!tenant.schema().equals(sessionTenant)) {
            throw new IllegalStateException("The transaction runs in " + sessionTenant + ", not in workspace "
                    + tenant.slug());
        }
        if (session.getHibernateFlushMode() != FlushMode.MANUAL && !session.isDefaultReadOnly()) {
            session.flush();
        }
        Connection connection = session.doReturningWork(jdbc -> jdbc);
        return JdbcClient.create(new SingleConnectionDataSource(connection, true));
    }
}
