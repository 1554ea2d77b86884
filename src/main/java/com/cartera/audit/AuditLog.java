package com.cartera.audit;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail's API for what the generic capture of {@link Audited} entities cannot see: bulk SQL, merges,
 * exports, import jobs, changes of the team. Writes in the caller's transaction, so the entry commits or rolls
 * back with the change; without one (an export being downloaded) in a transaction of its own. Must run inside
 * a workspace's scope. Callers are the services that already checked who may do what.
 */
@Service
public class AuditLog {

    private final EntityManager entityManager;
    private final AuditRows rows;

    AuditLog(EntityManager entityManager, AuditRows rows) {
        this.entityManager = entityManager;
        this.rows = rows;
    }

    @Transactional
    public void record(AuditEntry entry) {
        entityManager.unwrap(Session.class).doWork(connection -> rows.insert(connection, entry));
    }
}
