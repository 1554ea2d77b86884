package com.cartera.activity;

import java.util.List;

import com.cartera.customer.ErasureCount;
import com.cartera.customer.PersonalDataHolder;
import com.cartera.customer.PersonalDataSheet;
import com.cartera.customer.PersonalDataSql;
import com.cartera.customer.PersonalDataSubject;
import jakarta.persistence.EntityManager;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A person's interactions, follow-ups and follow-up suggestions. Erasure keeps interactions and follow-ups
 * (kind, direction, dates, outcome: the contact-frequency figures and alerts stand) with their notes blanked,
 * and deletes the suggestions, whose occasion may be the person's birthday.
 */
@Component
@Order(20)
class ActivityPersonalData implements PersonalDataHolder {

    private final EntityManager entityManager;

    ActivityPersonalData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public String area() {
        return "activity";
    }

    @Override
    public List<PersonalDataSheet> export(PersonalDataSubject subject) {
        Long[] ids = subject.idArray();
        return List.of(
                PersonalDataSql.read(entityManager, "privacy.sheet.interactions",
                        "select * from interaction where customer_id = any (?) order by occurred_at, id", (Object) ids),
                PersonalDataSql.read(entityManager, "privacy.sheet.follow-ups",
                        "select * from follow_up where customer_id = any (?) order by due_at, id", (Object) ids),
                PersonalDataSql.read(entityManager, "privacy.sheet.suggestions",
                        "select * from follow_up_suggestion where customer_id = any (?) order by occasion, id",
                        (Object) ids));
    }

    @Override
    public ErasureCount erase(PersonalDataSubject subject) {
        Long[] ids = subject.idArray();
        int anonymised = PersonalDataSql.update(entityManager, """
                update interaction set notes = null, version = version + 1
                where customer_id = any (?) and notes is not null""", (Object) ids);
        anonymised += PersonalDataSql.update(entityManager, """
                update follow_up set notes = null, version = version + 1
                where customer_id = any (?) and notes is not null""", (Object) ids);
        int deleted = PersonalDataSql.update(entityManager,
                "delete from follow_up_suggestion where customer_id = any (?)", (Object) ids);
        return new ErasureCount(area(), anonymised, deleted);
    }
}
