package com.cartera.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.cartera.customer.PersonalDataSubjects;
import com.cartera.customer.WorkspaceSettings;
import com.cartera.customer.WorkspaceSettingsService;
import com.cartera.importexport.ImportProblemRetention;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies the workspace's retention periods: customers in the bin for longer than its period are erased
 * through the same path as an erasure on request (audited, with trigger {@code RETENTION}); the rows imports
 * refused are deleted once the import is older than its period. A period left empty keeps everything.
 * Unsecured: the nightly job runs it with nobody signed in, in the workspace's tenant scope.
 */
@Component
class Retention {

    /** What one run did. */
    record Result(int customersErased, int importProblemsDeleted) {
    }

    private final WorkspaceSettingsService settings;
    private final PersonalDataSubjects subjects;
    private final Erasure erasure;
    private final ImportProblemRetention importProblems;
    private final Clock clock;

    Retention(WorkspaceSettingsService settings, PersonalDataSubjects subjects, Erasure erasure,
              ImportProblemRetention importProblems, Clock clock) {
        this.settings = settings;
        this.subjects = subjects;
        this.erasure = erasure;
        this.importProblems = importProblems;
        this.clock = clock;
    }

    /** One transaction: the workspace's retention is applied wholly or not at all. */
    @Transactional
    Result apply() {
        WorkspaceSettings current = settings.current();
        Instant now = clock.instant();
        int erased = 0;
        if (current.getBinRetentionDays() != null) {
            for (long customerId : subjects.binnedBefore(now.minus(Duration.ofDays(current.getBinRetentionDays())))) {
                if (subjects.find(customerId).map(subject -> erasure.erase(subject, "RETENTION")).isPresent()) {
                    erased++;
                }
            }
        }
        int problems = current.getImportProblemRetentionDays() == null ? 0
                : importProblems.deleteProblemsOfImportsEndedBefore(
                        now.minus(Duration.ofDays(current.getImportProblemRetentionDays())));
        return new Result(erased, problems);
    }
}
