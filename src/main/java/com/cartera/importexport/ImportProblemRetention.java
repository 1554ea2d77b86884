package com.cartera.importexport;

import java.sql.Timestamp;
import java.time.Instant;

import com.cartera.customer.PersonalDataSql;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets the rows old imports refused or skipped: they hold the raw values of the file (personal data) and
 * are needed only while someone fixes the file. The job itself and its counts stay. Unsecured: for the
 * nightly retention job, in its transaction.
 */
@Component
public class ImportProblemRetention {

    private final EntityManager entityManager;

    ImportProblemRetention(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Deletes the problem rows of imports that ended before {@code cutoff}; returns how many. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int deleteProblemsOfImportsEndedBefore(Instant cutoff) {
        return PersonalDataSql.update(entityManager, """
                delete from import_row_problem p using import_job j
                where j.id = p.job_id and j.status not in ('QUEUED', 'RUNNING')
                  and coalesce(j.finished_at, j.submitted_at) < ?""", Timestamp.from(cutoff));
    }
}
