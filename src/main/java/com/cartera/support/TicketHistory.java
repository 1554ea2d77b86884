package com.cartera.support;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.cartera.tenancy.TenantSql;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes and reads the rows of {@code ticket_change}. Unsecured: only the support services call it. */
@Component
class TicketHistory {

    /** What changed; {@code CREATED} marks the opening. */
    enum Field {
        CREATED, CUSTOMER, CONTACT, TYPE, CHANNEL, SUBJECT, DESCRIPTION, PRIORITY, CATEGORY, PRODUCT, ASSIGNEE, TEAM,
        STATUS
    }

    private static final int VALUE_MAX = 200;

    private final TenantSql sql;

    TicketHistory(TenantSql sql) {
        this.sql = sql;
    }

    /** Records the change of {@code field} when the value really changed; returns whether it did. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean record(long ticketId, Instant at, UUID by, Field field, Object oldValue, Object newValue) {
        if (field != Field.CREATED && Objects.equals(oldValue, newValue)) {
            return false;
        }
        sql.client().sql("insert into ticket_change (ticket_id, changed_at, changed_by, field, old_value, new_value)"
                        + " values (:ticket, :at, :by, :field, :old, :new)")
                .param("ticket", ticketId).param("at", at.atOffset(ZoneOffset.UTC)).param("by", by)
                .param("field", field.name()).param("old", text(oldValue)).param("new", text(newValue))
                .update();
        return true;
    }

    /** The ticket's changes, oldest first. */
    @Transactional(propagation = Propagation.MANDATORY)
    List<TicketChange> of(long ticketId) {
        return sql.client().sql("select id, ticket_id, changed_at, changed_by, field, old_value, new_value"
                        + " from ticket_change where ticket_id = :ticket order by changed_at, id")
                .param("ticket", ticketId)
                .query((rs, row) -> new TicketChange(rs.getLong("id"), rs.getLong("ticket_id"),
                        rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("changed_by", UUID.class), rs.getString("field"), rs.getString("old_value"),
                        rs.getString("new_value")))
                .list();
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value instanceof Enum<?> constant ? constant.name() : value.toString();
        return text.length() <= VALUE_MAX ? text : text.substring(0, VALUE_MAX - 1) + "…";
    }
}
