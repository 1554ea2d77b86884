package com.cartera.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.cartera.security.CurrentUser;
import com.cartera.security.SignedInUser;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes audit entries into the workspace's {@code audit_event} on a given connection, the one of the
 * transaction making the change, which points at the workspace's schema. One writer for the public API and
 * the capture of entity changes.
 */
@Component
class AuditRows {

    static final int SUMMARY_LENGTH = 500;

    private final JsonMapper json;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditRows(JsonMapper json, CurrentUser currentUser, Clock clock) {
        this.json = json;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    void insert(Connection connection, AuditEntry entry) throws SQLException {
        UUID actor = entry.actor() != null ? entry.actor()
                : currentUser.get().map(SignedInUser::userId).orElse(null);
        try (var statement = connection.prepareStatement("insert into audit_event (occurred_at, actor_id, action,"
                + " customer_id, entity_type, entity_id, summary, details, changes)"
                + " values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))")) {
            statement.setObject(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            statement.setObject(2, actor);
            statement.setString(3, entry.action());
            if (entry.customerId() == null) {
                statement.setNull(4, Types.BIGINT);
            } else {
                statement.setLong(4, entry.customerId());
            }
            statement.setString(5, entry.entityType());
            statement.setString(6, cut(entry.entityId(), 64));
            statement.setString(7, cut(entry.summary(), SUMMARY_LENGTH));
            statement.setString(8, json.writeValueAsString(entry.details()));
            statement.setString(9, json.writeValueAsString(asJson(entry.changes())));
            statement.executeUpdate();
        }
    }

    /** The stored shape of changes: {@code [{"field": .., "old": .., "new": ..}]}. */
    private static List<Map<String, Object>> asJson(List<FieldChange> changes) {
        return changes.stream().map(change -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("field", change.field());
            row.put("old", change.before());
            row.put("new", change.after());
            return row;
        }).toList();
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
