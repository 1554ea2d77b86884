package com.cartera.support.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

import com.cartera.support.TicketChange;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** Every change of the ticket, newest first: who, when, which field, from what to what. */
class TicketHistoryList extends Div {

    private final ZoneId zone;

    TicketHistoryList(ZoneId zone) {
        this.zone = zone;
        addClassName("ticket-history");
    }

    /**
     * @param names  people's names by id
     * @param values a stored history value (an enum name, an id) as the screen shows it, per field
     */
    void show(List<TicketChange> changes, Map<UUID, String> names, BiFunction<String, String, String> values) {
        removeAll();
        if (changes.isEmpty()) {
            add(new Paragraph(getTranslation("support.ticket.history.empty")));
            return;
        }
        for (TicketChange change : changes.reversed()) {
            String when = TicketLabels.dateTime(change.changedAt(), zone, getLocale());
            String who = Optional.ofNullable(change.changedBy()).map(id -> names.getOrDefault(id, "—"))
                    .orElse(getTranslation("support.ticket.history.system"));
            String text = change.field().equals("CREATED")
                    ? getTranslation("support.ticket.history.created", when, who)
                    : getTranslation("support.ticket.history.change", when, who,
                    getTranslation("support.ticket.history.field." + change.field()),
                    values.apply(change.field(), change.oldValue()), values.apply(change.field(), change.newValue()));
            var row = new Paragraph(text);
            row.addClassName("ticket-change");
            row.getStyle().set("margin", "0.25em 0");
            add(row);
        }
    }
}
