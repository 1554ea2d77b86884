package com.cartera.privacy;

import java.util.ArrayList;
import java.util.List;

import com.cartera.customer.AuditTrail;
import com.cartera.customer.ErasureCount;
import com.cartera.customer.PersonalDataHolder;
import com.cartera.customer.PersonalDataSubject;
import jakarta.persistence.EntityManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases one person's data through every module that holds some, then records the erasure (who, when, what
 * counts) in the audit trail. Runs in the caller's transaction, so a failure anywhere leaves nothing erased.
 * Unsecured: {@link PersonalDataService} and the retention job decide who may.
 */
@Component
class Erasure {

    static final String ACTION = "PERSONAL_DATA_ERASED";

    private final List<PersonalDataHolder> holders;
    private final AuditTrail auditTrail;
    private final EntityManager entityManager;

    Erasure(ObjectProvider<PersonalDataHolder> holders, AuditTrail auditTrail, EntityManager entityManager) {
        this.holders = holders.orderedStream().toList();
        this.auditTrail = auditTrail;
        this.entityManager = entityManager;
    }

    /** @param trigger why: {@code REQUEST} (someone asked) or {@code RETENTION} (the bin's period ran out) */
    @Transactional(propagation = Propagation.MANDATORY)
    ErasureReport erase(PersonalDataSubject subject, String trigger) {
        // The holders work in SQL: what the session holds must be written first and read afresh after.
        entityManager.flush();
        List<ErasureCount> counts = new ArrayList<>();
        for (PersonalDataHolder holder : holders) {
            counts.add(holder.erase(subject));
        }
        entityManager.clear();
        var report = new ErasureReport(subject.customerId(), subject.customerIds(), counts);
        auditTrail.record(ACTION, subject.customerId(), report.auditDetails(trigger));
        return report;
    }
}
