package com.cartera.customer;

import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suspends the upkeep of the customer table's search and sort indexes while a large import writes, and builds
 * them again afterwards. The table carries some thirty indexes for the grid, the search and the duplicate
 * detection; keeping them up row by row costs about three times more than building them once at the end
 * (measured at a million customers: 165 s to insert with every index, 50 s to build them all).
 *
 * <p>Kept are the primary key, the unique indexes (they are constraints) and the indexes the import's own
 * look-ups read. The definitions of the dropped ones go to {@code suspended_index} in the same transaction as
 * the drops, and {@code rebuild_suspended_indexes()} (V13) builds them from there: when the import ends, or
 * at the next start if the application stopped first (Flyway's beforeMigrate callback).
 */
@Component
public class CustomerIndexes {

    /** Read by the import's duplicate look-ups by e-mail and tax id ({@link CustomerBulkImport#find}). */
    private static final String[] READ_BY_IMPORT = {"customer_email_key_idx", "customer_tax_id_key_idx"};
    /** SQLSTATE lock_not_available: another transaction holds the table. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final EntityManager entityManager;

    CustomerIndexes(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Customers in the table, live or in the bin: the rows an index build reads. */
    @Transactional(readOnly = true)
    public long tableRows() {
        return ((Number) entityManager.createNativeQuery("select count(*) from customer").getSingleResult())
                .longValue();
    }

    /**
     * Drops the indexes an import need not keep up and remembers their definitions. Dropping needs the table
     * to itself for an instant: when other work holds it for longer than {@code lockTimeoutMillis}, nothing
     * is suspended and the import keeps the indexes up as it writes.
     *
     * @return the indexes suspended; empty when the table was busy
     */
    @Transactional
    public List<String> suspend(int lockTimeoutMillis) {
        return session().doReturningWork(connection -> {
            Savepoint beforeLock = connection.setSavepoint();
            try (var statement = connection.createStatement()) {
                statement.execute("set local lock_timeout = " + lockTimeoutMillis);
                statement.execute("lock table customer in access exclusive mode");
            } catch (SQLException e) {
                if (!LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                    throw e;
                }
                connection.rollback(beforeLock);
                return List.of();
            }
            var names = new ArrayList<String>();
            try (var remember = connection.prepareStatement("""
                    insert into suspended_index (name, definition)
                    select ix.relname, pg_get_indexdef(i.indexrelid)
                    from pg_index i join pg_class ix on ix.oid = i.indexrelid
                    where i.indrelid = 'customer'::regclass and not i.indisunique and not i.indisprimary
                      and ix.relname <> all (cast(? as text[]))
                    returning name""")) {
                remember.setArray(1, connection.createArrayOf("text", READ_BY_IMPORT));
                try (var rows = remember.executeQuery()) {
                    while (rows.next()) {
                        names.add(rows.getString(1));
                    }
                }
            }
            try (var statement = connection.createStatement()) {
                for (String name : names) {
                    statement.execute("drop index \"" + name.replace("\"", "\"\"") + "\"");
                }
            }
            return names;
        });
    }

    /**
     * Builds every suspended index again. The table takes no writes meanwhile (reads go on).
     *
     * @return how many indexes were built
     */
    @Transactional
    public int rebuild() {
        return ((Number) entityManager.createNativeQuery("select rebuild_suspended_indexes()").getSingleResult())
                .intValue();
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
