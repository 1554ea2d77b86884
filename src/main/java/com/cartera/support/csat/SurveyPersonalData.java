package com.cartera.support.csat;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.cartera.customer.ErasureCount;
import com.cartera.customer.PersonalDataHolder;
import com.cartera.customer.PersonalDataSheet;
import com.cartera.customer.PersonalDataSql;
import com.cartera.customer.PersonalDataSubject;

/**
 * A person's satisfaction surveys. Erasure keeps each survey's rating and dates (CSAT stands) and blanks the
 * comment, which is the person's own words. The link's key hash is never exported: it opens nothing without the key.
 */
@Component
@Order(26)
class SurveyPersonalData implements PersonalDataHolder {

    private final EntityManager entityManager;

    SurveyPersonalData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public String area() {
        return "satisfaction";
    }

    @Override
    public List<PersonalDataSheet> export(PersonalDataSubject subject) {
        return List.of(PersonalDataSql.read(entityManager, "support.csat.sheet.surveys", """
                select id, ticket_id, customer_id, sent_at, expires_at, language, answered_at, rating, comment, source
                from csat_survey where customer_id = any (?) order by sent_at, id""", (Object) subject.idArray()));
    }

    @Override
    public ErasureCount erase(PersonalDataSubject subject) {
        int anonymised = PersonalDataSql.update(entityManager,
                "update csat_survey set comment = null where customer_id = any (?) and comment is not null",
                (Object) subject.idArray());
        return new ErasureCount(area(), anonymised, 0);
    }
}
