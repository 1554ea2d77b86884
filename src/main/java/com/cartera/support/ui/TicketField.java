package com.cartera.support.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

import com.cartera.support.TicketChannel;
import com.cartera.support.TicketFields;
import com.cartera.support.TicketPriority;
import com.cartera.support.TicketType;

/** One editable field of a ticket, as the details form and its conflict dialog compare them. */
enum TicketField {
    SUBJECT("support.ticket.subject", TicketFields::subject),
    TYPE("support.ticket.type", TicketFields::type),
    CHANNEL("support.ticket.channel", TicketFields::channel),
    PRIORITY("support.ticket.priority", TicketFields::priority),
    CATEGORY("support.ticket.category", TicketFields::categoryId),
    PRODUCT("support.ticket.product", TicketFields::productId),
    CONTACT("support.ticket.contact", TicketFields::contactPersonId),
    DESCRIPTION("support.ticket.description", TicketFields::description);

    private final String labelKey;
    private final Function<TicketFields, Object> getter;

    TicketField(String labelKey, Function<TicketFields, Object> getter) {
        this.labelKey = labelKey;
        this.getter = getter;
    }

    String labelKey() {
        return labelKey;
    }

    Object get(TicketFields fields) {
        return getter.apply(fields);
    }

    static Map<TicketField, Object> values(TicketFields fields) {
        Map<TicketField, Object> values = new EnumMap<>(TicketField.class);
        for (TicketField field : values()) {
            values.put(field, field.get(fields));
        }
        return values;
    }

    static TicketFields fields(Map<TicketField, Object> values) {
        return new TicketFields((Long) values.get(CONTACT), (TicketType) values.get(TYPE),
                (TicketChannel) values.get(CHANNEL), (String) values.get(SUBJECT), (String) values.get(DESCRIPTION),
                (TicketPriority) values.get(PRIORITY), (Long) values.get(CATEGORY), (Long) values.get(PRODUCT));
    }
}
