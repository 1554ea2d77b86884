package com.cartera.finance;

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
 * A customer's invoices, credit notes, their lines and payments. They are accounting records the law requires to
 * be kept for years, so an erasure keeps them as they are; the export says so on a sheet of its own.
 */
@Component
@Order(40)
class FinancePersonalData implements PersonalDataHolder {

    /** What the export's retention sheet says, in both languages (a sheet's cells are not translated). */
    static final String RETENTION_NOTE = "Las facturas, abonos y pagos se conservan tras un borrado: son registros"
            + " contables que la ley obliga a guardar. / Invoices, credit notes and payments are kept after an"
            + " erasure: they are accounting records the law requires to be kept.";

    private final EntityManager entityManager;

    FinancePersonalData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public String area() {
        return "finance";
    }

    @Override
    public List<PersonalDataSheet> export(PersonalDataSubject subject) {
        Long[] ids = subject.idArray();
        return List.of(
                PersonalDataSql.read(entityManager, "finance.personal.sheet.invoices",
                        "select * from invoice where customer_id = any (?) order by issued_on, id", (Object) ids),
                PersonalDataSql.read(entityManager, "finance.personal.sheet.lines", """
                        select l.* from invoice_line l join invoice i on i.id = l.invoice_id
                        where i.customer_id = any (?) order by l.invoice_id, l.position""", (Object) ids),
                PersonalDataSql.read(entityManager, "finance.personal.sheet.payments",
                        "select * from payment where customer_id = any (?) order by received_on, id", (Object) ids),
                new PersonalDataSheet("finance.personal.sheet.retention", List.of("note"),
                        List.of(List.of(RETENTION_NOTE))));
    }

    @Override
    public ErasureCount erase(PersonalDataSubject subject) {
        return new ErasureCount(area(), 0, 0);
    }
}
