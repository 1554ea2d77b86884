package com.cartera.customer;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the people data-subject requests and retention are about. Unsecured: the personal-data service and
 * its nightly job call it after deciding who may; it runs in their transaction.
 */
@Component
public class PersonalDataSubjects {

    private final EntityManager entityManager;

    PersonalDataSubjects(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The customer (live or in the bin, but not one merged into another) with every customer merged into it,
     * locked against concurrent edits until the transaction ends; empty when there is no such customer.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<PersonalDataSubject> find(long customerId) {
        entityManager.flush();
        var locked = PersonalDataSql.read(entityManager, "", """
                select id from customer where id = ? and merged_into_id is null for update""", customerId);
        if (locked.rows().isEmpty()) {
            return Optional.empty();
        }
        var customers = PersonalDataSql.read(entityManager, "", """
                with recursive folded (id) as (
                    select cast(? as bigint)
                    union
                    select c.id from customer c join folded f on c.merged_into_id = f.id
                )
                select c.id, c.name, email_key(c.email), phone_key(c.phone), tax_id_key(c.tax_id), c.external_id
                from customer c join folded f on f.id = c.id
                order by c.id""", customerId);
        List<Long> ids = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> emails = new HashSet<>();
        Set<String> phones = new HashSet<>();
        Set<String> taxIds = new HashSet<>();
        Set<String> externalIds = new HashSet<>();
        for (List<Object> row : customers.rows()) {
            ids.add(((Number) row.get(0)).longValue());
            addPresent(names, row.get(1));
            addPresent(emails, row.get(2));
            addPresent(phones, row.get(3));
            addPresent(taxIds, row.get(4));
            addPresent(externalIds, row.get(5));
        }
        var contacts = PersonalDataSql.read(entityManager, "", """
                select name, email_key(email), phone_key(phone) from contact_person where company_id = any (?)""",
                (Object) ids.toArray(Long[]::new));
        for (List<Object> row : contacts.rows()) {
            addPresent(names, row.get(0));
            addPresent(emails, row.get(1));
            addPresent(phones, row.get(2));
        }
        return Optional.of(new PersonalDataSubject(customerId, ids, anonymisedName(customerId), names, emails, phones,
                taxIds, externalIds));
    }

    /**
     * Customers in the bin since before {@code cutoff} and not yet erased, oldest first. Customers merged into
     * another are left out: they are erased with the customer they were merged into.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> binnedBefore(Instant cutoff) {
        var found = PersonalDataSql.read(entityManager, "", """
                select id from customer
                where deleted_at is not null and deleted_at < ? and erased_at is null and merged_into_id is null
                order by deleted_at, id""", Timestamp.from(cutoff));
        return found.rows().stream().map(row -> ((Number) row.get(0)).longValue()).toList();
    }

    /** What a customer is called once erased: "Cliente anonimizado #12". */
    public static String anonymisedName(long customerId) {
        return "Cliente anonimizado #" + customerId;
    }

    private static void addPresent(Set<String> values, Object value) {
        if (value != null && !value.toString().isBlank()) {
            values.add(value.toString());
        }
    }
}
