package com.cartera.support;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The WHERE clause of a queue's filter over {@code ticket t}, with its parameters. Statuses, priorities and types
 * are written as literals (enum names, never user text) so that PostgreSQL can match the open-ticket partial
 * indexes, which it cannot prove from a bound parameter.
 */
final class TicketQueueSql {

    static final String OPEN = "t.status in ('NEW', 'OPEN', 'PENDING')";

    final String where;
    final Map<String, Object> parameters;

    private TicketQueueSql(String where, Map<String, Object> parameters) {
        this.where = where;
        this.parameters = parameters;
    }

    /**
     * @param me            the person looking, for "my tickets"
     * @param liveCustomers only tickets of customers not in the bin (what a salesperson may see)
     * @param now           the moment "breaching soon" is measured at
     */
    static TicketQueueSql of(TicketFilter filter, UUID me, boolean liveCustomers, ZoneId zone, Instant now) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.openOnly()) {
            conditions.add(OPEN);
        }
        if (!filter.statuses().isEmpty()) {
            conditions.add("t.status in (" + literals(filter.statuses()) + ")");
        }
        if (!filter.priorities().isEmpty()) {
            conditions.add("t.priority in (" + literals(filter.priorities()) + ")");
        }
        if (!filter.types().isEmpty()) {
            conditions.add("t.type in (" + literals(filter.types()) + ")");
        }
        if (!filter.categoryIds().isEmpty()) {
            conditions.add("t.category_id in (:categoryIds)");
            parameters.put("categoryIds", filter.categoryIds());
        }
        if (!filter.teamIds().isEmpty()) {
            conditions.add("t.team_id in (:teamIds)");
            parameters.put("teamIds", filter.teamIds());
        }
        if (filter.byAssignee()) {
            List<String> anyOf = new ArrayList<>();
            if (!filter.assignees().isEmpty()) {
                anyOf.add("t.assignee_id in (:assignees)");
                parameters.put("assignees", filter.assignees());
            }
            if (filter.mine()) {
                anyOf.add("t.assignee_id = :me");
                parameters.put("me", me);
            }
            if (filter.unassigned()) {
                anyOf.add("t.assignee_id is null");
            }
            conditions.add(anyOf.size() == 1 ? anyOf.getFirst() : "(" + String.join(" or ", anyOf) + ")");
        }
        if (filter.customerId() != null) {
            conditions.add("t.customer_id = :customerId");
            parameters.put("customerId", filter.customerId());
        }
        if (filter.openedFrom() != null) {
            conditions.add("t.opened_at >= :openedFrom");
            parameters.put("openedFrom", filter.openedFrom().atStartOfDay(zone).toOffsetDateTime());
        }
        if (filter.openedTo() != null) {
            conditions.add("t.opened_at < :openedBefore");
            parameters.put("openedBefore",
                    filter.openedTo().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        }
        if (filter.text() != null) {
            String text = filter.text().startsWith("#") ? filter.text().substring(1) : filter.text();
            String subject = "search_normalise(t.subject) like '%' || search_normalise(:text) || '%' escape '\\'";
            parameters.put("text", escapeLike(filter.text()));
            if (!text.isEmpty() && text.length() <= 18 && text.chars().allMatch(Character::isDigit)) {
                conditions.add("(t.id = :number or " + subject + ")");
                parameters.put("number", Long.parseLong(text));
            } else {
                conditions.add(subject);
            }
        }
        if (filter.breaching()) {
            // The service-level clock's own warning instant (support.sla, V33): at risk or missed, still running.
            conditions.add("t.id in (select s.ticket_id from ticket_sla s where s.at_risk_from <= :now)");
            parameters.put("now", now.atOffset(ZoneOffset.UTC));
        }
        if (liveCustomers) {
            // Read-only look at the customer's bin flag: who may see the ticket follows who may see the customer.
            conditions.add("exists (select 1 from customer c where c.id = t.customer_id and c.deleted_at is null)");
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return new TicketQueueSql(where, parameters);
    }

    private static String literals(Collection<? extends Enum<?>> values) {
        return values.stream().sorted().map(value -> "'" + value.name() + "'").collect(Collectors.joining(", "));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
