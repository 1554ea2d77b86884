package com.cartera.commerce;

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
 * A person's purchases and their lines. Erasure keeps every purchase with its date, channel, payment method,
 * lines and total (the workspace's revenue figures stand) and removes the free-text notes; once the customer
 * row is anonymised, nothing links the purchases to the person.
 */
@Component
@Order(10)
class PurchasePersonalData implements PersonalDataHolder {

    private final EntityManager entityManager;

    PurchasePersonalData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public String area() {
        return "purchases";
    }

    @Override
    public List<PersonalDataSheet> export(PersonalDataSubject subject) {
        Long[] ids = subject.idArray();
        return List.of(
                PersonalDataSql.read(entityManager, "privacy.sheet.purchases",
                        "select * from purchase where customer_id = any (?) order by purchased_on, id", (Object) ids),
                PersonalDataSql.read(entityManager, "privacy.sheet.purchase-lines", """
                        select l.purchase_id, l.id, pr.sku, pr.name as product, l.quantity, l.unit_price, l.amount
                        from purchase_line l
                                 join purchase p on p.id = l.purchase_id
                                 join product pr on pr.id = l.product_id
                        where p.customer_id = any (?)
                        order by p.purchased_on, l.purchase_id, l.id""", (Object) ids));
    }

    @Override
    public ErasureCount erase(PersonalDataSubject subject) {
        int anonymised = PersonalDataSql.update(entityManager, """
                update purchase set notes = null, version = version + 1
                where customer_id = any (?) and notes is not null""", (Object) subject.idArray());
        return new ErasureCount(area(), anonymised, 0);
    }
}
