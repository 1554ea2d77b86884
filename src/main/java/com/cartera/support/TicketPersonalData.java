package com.cartera.support;

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
 * A person's tickets, their history, conversation and files. Erasure keeps every ticket with its type, channel,
 * priority, status and times (the desk's figures stand), replaces its subject, blanks its description, contact and
 * the text of its history, and deletes its messages and files, which are the person's own words.
 */
@Component
@Order(35)
class TicketPersonalData implements PersonalDataHolder {

    /** What an erased ticket's subject says. */
    static final String ERASED_SUBJECT = "Anonimizado";

    private final EntityManager entityManager;

    TicketPersonalData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public String area() {
        return "support";
    }

    @Override
    public List<PersonalDataSheet> export(PersonalDataSubject subject) {
        Long[] ids = subject.idArray();
        return List.of(
                PersonalDataSql.read(entityManager, "support.ticket.sheet.tickets",
                        "select * from ticket where customer_id = any (?) order by opened_at, id", (Object) ids),
                PersonalDataSql.read(entityManager, "support.ticket.sheet.changes", """
                        select c.* from ticket_change c join ticket t on t.id = c.ticket_id
                        where t.customer_id = any (?) order by c.ticket_id, c.changed_at, c.id""", (Object) ids),
                PersonalDataSql.read(entityManager, "support.ticket.sheet.messages", """
                        select m.* from ticket_message m join ticket t on t.id = m.ticket_id
                        where t.customer_id = any (?) order by m.ticket_id, m.created_at, m.id""", (Object) ids),
                PersonalDataSql.read(entityManager, "support.ticket.sheet.attachments", """
                        select a.id, a.ticket_id, a.message_id, a.file_name, a.content_type, a.size_bytes, a.sha256,
                               a.uploaded_by, a.uploaded_at
                        from ticket_attachment a join ticket t on t.id = a.ticket_id
                        where t.customer_id = any (?) order by a.ticket_id, a.uploaded_at, a.id""", (Object) ids));
    }

    @Override
    public ErasureCount erase(PersonalDataSubject subject) {
        Long[] ids = subject.idArray();
        int deleted = PersonalDataSql.update(entityManager, """
                delete from ticket_attachment where ticket_id in (select id from ticket where customer_id = any (?))""",
                (Object) ids);
        deleted += PersonalDataSql.update(entityManager, """
                delete from ticket_message where ticket_id in (select id from ticket where customer_id = any (?))""",
                (Object) ids);
        PersonalDataSql.update(entityManager, """
                update ticket_change set old_value = null, new_value = null
                where field in ('SUBJECT', 'DESCRIPTION', 'CONTACT')
                  and ticket_id in (select id from ticket where customer_id = any (?))""", (Object) ids);
        int anonymised = PersonalDataSql.update(entityManager, """
                update ticket set subject = ?, description = null, contact_person_id = null, version = version + 1
                where customer_id = any (?)""", ERASED_SUBJECT, ids);
        return new ErasureCount(area(), anonymised, deleted);
    }
}
