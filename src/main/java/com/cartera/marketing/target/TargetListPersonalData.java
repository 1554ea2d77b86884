package com.cartera.marketing.target;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.cartera.customer.ErasureCount;
import com.cartera.customer.PersonalDataHolder;
import com.cartera.customer.PersonalDataSheet;
import com.cartera.customer.PersonalDataSql;
import com.cartera.customer.PersonalDataSubject;
import com.cartera.tenancy.TenantSql;
import jakarta.persistence.EntityManager;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * The target lists a person is on or was left out of. Erasure takes them off every list (members and exclusions)
 * and the lists' counts follow, so no list names them any more.
 */
@Component
@Order(45)
class TargetListPersonalData implements PersonalDataHolder {

    private final EntityManager entityManager;
    private final TenantSql sql;

    TargetListPersonalData(EntityManager entityManager, TenantSql sql) {
        this.entityManager = entityManager;
        this.sql = sql;
    }

    @Override
    public String area() {
        return "marketing-lists";
    }

    @Override
    public List<PersonalDataSheet> export(PersonalDataSubject subject) {
        Long[] ids = subject.idArray();
        return List.of(
                PersonalDataSql.read(entityManager, "marketing.list.sheet.members", """
                        select l.name as list, m.customer_id, m.status, m.status_at
                        from target_list_member m join target_list l on l.id = m.list_id
                        where m.customer_id = any (?) order by l.frozen_at, l.id""", (Object) ids),
                PersonalDataSql.read(entityManager, "marketing.list.sheet.exclusions", """
                        select l.name as list, e.customer_id, e.reason
                        from target_list_exclusion e join target_list l on l.id = e.list_id
                        where e.customer_id = any (?) order by l.frozen_at, l.id""", (Object) ids));
    }

    @Override
    public ErasureCount erase(PersonalDataSubject subject) {
        var client = sql.client();
        var ids = new SqlArrayValue("bigint", (Object[]) subject.idArray());
        List<Long> fromMembers = client.sql(
                        "delete from target_list_member where customer_id = any(:ids) returning list_id")
                .param("ids", ids).query(Long.class).list();
        List<Long> fromExclusions = client.sql(
                        "delete from target_list_exclusion where customer_id = any(:ids) returning list_id")
                .param("ids", ids).query(Long.class).list();
        Set<Long> lists = new HashSet<>(fromMembers);
        lists.addAll(fromExclusions);
        TargetListCounts.recountLists(client, lists);
        return new ErasureCount(area(), 0, fromMembers.size() + fromExclusions.size());
    }
}
