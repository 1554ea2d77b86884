package com.cartera.sales;

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
 * A person's opportunities, their stage history, products and conversions. Erasure keeps every opportunity
 * (stage, amount, dates, source: the pipeline and conversion figures stand) and blanks its notes; a title or
 * lost reason keeps its text unless it contains one of the person's names, e-mail addresses or external ids
 * (ignoring case), in which case it becomes "Oportunidad #id" or "—".
 */
@Component
@Order(30)
class OpportunityPersonalData implements PersonalDataHolder {

    private final EntityManager entityManager;

    OpportunityPersonalData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public String area() {
        return "sales";
    }

    @Override
    public List<PersonalDataSheet> export(PersonalDataSubject subject) {
        Long[] ids = subject.idArray();
        return List.of(
                PersonalDataSql.read(entityManager, "privacy.sheet.opportunities",
                        "select * from opportunity where customer_id = any (?) order by created_at, id", (Object) ids),
                PersonalDataSql.read(entityManager, "privacy.sheet.stage-changes", """
                        select c.* from opportunity_stage_change c join opportunity o on o.id = c.opportunity_id
                        where o.customer_id = any (?) order by c.changed_at, c.id""", (Object) ids),
                PersonalDataSql.read(entityManager, "privacy.sheet.conversions",
                        "select * from conversion where customer_id = any (?) order by converted_at, id", (Object) ids));
    }

    @Override
    public ErasureCount erase(PersonalDataSubject subject) {
        Long[] ids = subject.idArray();
        String[] words = subject.wordsLowerCase();
        int anonymised = PersonalDataSql.update(entityManager, """
                update opportunity
                set notes = null,
                    title = case when lower(title) like any (?) then 'Oportunidad #' || id else title end,
                    lost_reason = case when lower(lost_reason) like any (?) then '—' else lost_reason end,
                    version = version + 1
                where customer_id = any (?)
                  and (notes is not null or lower(title) like any (?) or lower(lost_reason) like any (?))""",
                patterns(words), patterns(words), ids, patterns(words), patterns(words));
        return new ErasureCount(area(), anonymised, 0);
    }

    /** LIKE patterns finding each word anywhere, its own wildcards taken literally. */
    private static String[] patterns(String[] words) {
        String[] patterns = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            patterns[i] = "%" + words[i].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        }
        return patterns;
    }
}
