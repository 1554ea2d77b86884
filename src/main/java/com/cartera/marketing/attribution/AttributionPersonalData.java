package com.cartera.marketing.attribution;

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
 * Where a person came from. Erasure keeps the source, campaign and dates (the marketing figures stand) and forgets
 * who referred them, as the customer record itself does.
 */
@Component
@Order(46)
class AttributionPersonalData implements PersonalDataHolder {

    private final EntityManager entityManager;

    AttributionPersonalData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public String area() {
        return "marketing";
    }

    @Override
    public List<PersonalDataSheet> export(PersonalDataSubject subject) {
        return List.of(PersonalDataSql.read(entityManager, "marketing.origin.sheet",
                "select * from customer_attribution where customer_id = any (?) order by customer_id",
                (Object) subject.idArray()));
    }

    @Override
    public ErasureCount erase(PersonalDataSubject subject) {
        int anonymised = PersonalDataSql.update(entityManager, """
                update customer_attribution set referred_by_id = null
                where customer_id = any (?) and referred_by_id is not null""", (Object) subject.idArray());
        return new ErasureCount(area(), anonymised, 0);
    }
}
