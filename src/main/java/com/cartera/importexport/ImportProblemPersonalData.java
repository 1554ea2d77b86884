package com.cartera.importexport;

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
 * The rows of import files that Cartera refused or skipped and keeps with their raw values for the error
 * report. Such a row created no customer, so it is not linked to one: a row is the person's when one of its
 * cells, compared as duplicate detection compares them, is one of the person's e-mail addresses, phone
 * numbers, tax ids or external ids. Names alone do not match (two people may share one). Erasure deletes
 * those rows; the job's counts stay.
 */
@Component
@Order(40)
class ImportProblemPersonalData implements PersonalDataHolder {

    private static final String MATCHES = """
            exists (select 1 from jsonb_array_elements_text(p.cells) as v(cell)
                    where email_key(v.cell) = any (?) or phone_key(v.cell) = any (?)
                       or tax_id_key(v.cell) = any (?) or btrim(v.cell) = any (?))""";

    private final EntityManager entityManager;

    ImportProblemPersonalData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public String area() {
        return "imports";
    }

    @Override
    public List<PersonalDataSheet> export(PersonalDataSubject subject) {
        return List.of(PersonalDataSql.read(entityManager, "privacy.sheet.import-problems", """
                select p.job_id, j.file_name, j.submitted_at, p.row_number, p.outcome, j.headers, p.cells, p.errors
                from import_row_problem p join import_job j on j.id = p.job_id
                where""" + " " + MATCHES + " order by j.submitted_at, p.job_id, p.row_number", keys(subject)));
    }

    @Override
    public ErasureCount erase(PersonalDataSubject subject) {
        int deleted = PersonalDataSql.update(entityManager, "delete from import_row_problem p where " + MATCHES,
                keys(subject));
        return new ErasureCount(area(), 0, deleted);
    }

    private static Object[] keys(PersonalDataSubject subject) {
        return new Object[] {array(subject.emailKeys()), array(subject.phoneKeys()), array(subject.taxIdKeys()),
                array(subject.externalIds())};
    }

    private static String[] array(java.util.Set<String> values) {
        return values.toArray(String[]::new);
    }
}
