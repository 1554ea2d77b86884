package com.cartera.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.cartera.tenancy.TenantSql;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The notification tables of the workspace in scope. Every read and change names the person it is for, so that
 * nobody reaches another's notifications. Unsecured: {@link NotificationService} passes the signed-in person,
 * the listeners and the digest the people they serve.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class NotificationStore {

    /** A new notification. */
    record NewNotification(UUID recipientId, NotificationKind kind, String variant, String subjectType, Long subjectId,
                           List<String> arguments, String linkPath) {
    }

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private static final String COLUMNS = "id, kind, variant, arguments, link_path, created_at, read_at";

    private final TenantSql sql;
    private final JsonMapper json;

    NotificationStore(TenantSql sql, JsonMapper json) {
        this.sql = sql;
        this.json = json;
    }

    void add(NewNotification notification, Instant now) {
        sql.client().sql("""
                        insert into notification (recipient_id, kind, variant, subject_type, subject_id, arguments,
                                                  link_path, created_at)
                        values (:recipient, :kind, :variant, :subjectType, :subjectId, cast(:arguments as jsonb),
                                :link, :now)""")
                .param("recipient", notification.recipientId())
                .param("kind", notification.kind().name())
                .param("variant", notification.variant())
                .param("subjectType", notification.subjectType())
                .param("subjectId", notification.subjectId())
                .param("arguments", json.writeValueAsString(notification.arguments()))
                .param("link", notification.linkPath())
                .param("now", Timestamp.from(now))
                .update();
    }

    /** The person's newest notifications, at most {@code limit}. */
    List<Notification> latest(UUID recipientId, int limit) {
        return sql.client().sql("select " + COLUMNS + " from notification where recipient_id = :recipient"
                        + " order by created_at desc, id desc limit :limit")
                .param("recipient", recipientId)
                .param("limit", limit)
                .query(this::notification)
                .list();
    }

    long unreadCount(UUID recipientId) {
        return sql.client().sql("select count(*) from notification where recipient_id = :recipient and read_at is null")
                .param("recipient", recipientId)
                .query(Long.class)
                .single();
    }

    /** Marks one of the person's notifications read; says whether it was theirs and unread. */
    boolean markRead(UUID recipientId, long id, Instant now) {
        return sql.client().sql("update notification set read_at = :now"
                        + " where id = :id and recipient_id = :recipient and read_at is null")
                .param("now", Timestamp.from(now))
                .param("id", id)
                .param("recipient", recipientId)
                .update() == 1;
    }

    int markAllRead(UUID recipientId, Instant now) {
        return sql.client().sql("update notification set read_at = :now where recipient_id = :recipient"
                        + " and read_at is null")
                .param("now", Timestamp.from(now))
                .param("recipient", recipientId)
                .update();
    }

    /** The person's stored choices; kinds they never chose are absent. */
    Map<NotificationKind, Delivery> preferences(UUID memberId) {
        Map<NotificationKind, Delivery> chosen = new EnumMap<>(NotificationKind.class);
        sql.client().sql("select kind, delivery from notification_preference where member_id = :member")
                .param("member", memberId)
                .query((rs, row) -> {
                    chosen.put(NotificationKind.valueOf(rs.getString("kind")), Delivery.valueOf(rs.getString("delivery")));
                    return null;
                })
                .list();
        return chosen;
    }

    void setPreference(UUID memberId, NotificationKind kind, Delivery delivery) {
        sql.client().sql("""
                        insert into notification_preference (member_id, kind, delivery) values (:member, :kind, :delivery)
                        on conflict (member_id, kind) do update set delivery = excluded.delivery""")
                .param("member", memberId)
                .param("kind", kind.name())
                .param("delivery", delivery.name())
                .update();
    }

    /** The person's unread notifications not yet carried by a digest, of the given kinds, oldest first. */
    List<Notification> undigested(UUID recipientId, List<NotificationKind> kinds) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        return sql.client().sql("select " + COLUMNS + " from notification where recipient_id = :recipient"
                        + " and read_at is null and digested_at is null and kind = any(:kinds)"
                        + " order by created_at, id limit 200")
                .param("recipient", recipientId)
                .param("kinds", kinds.stream().map(Enum::name).toArray(String[]::new))
                .query(this::notification)
                .list();
    }

    void markDigested(List<Long> ids, Instant now) {
        if (!ids.isEmpty()) {
            sql.client().sql("update notification set digested_at = :now where id = any(:ids)")
                    .param("now", Timestamp.from(now))
                    .param("ids", ids.toArray(Long[]::new))
                    .update();
        }
    }

    /** Claims the person's digest of {@code day}; false when it was already sent (by this run or another). */
    boolean claimDigest(UUID memberId, LocalDate day, Instant now) {
        return sql.client().sql("insert into notification_digest (member_id, day, sent_at) values (:member, :day, :now)"
                        + " on conflict do nothing")
                .param("member", memberId)
                .param("day", day)
                .param("now", Timestamp.from(now))
                .update() == 1;
    }

    private Notification notification(ResultSet rs, int row) throws SQLException {
        NotificationKind kind = NotificationKind.valueOf(rs.getString("kind"));
        String variant = rs.getString("variant");
        Timestamp readAt = rs.getTimestamp("read_at");
        return new Notification(rs.getLong("id"), kind,
                NotificationTexts.key(kind, variant),
                json.readValue(rs.getString("arguments"), STRINGS), rs.getString("link_path"),
                rs.getTimestamp("created_at").toInstant(), readAt == null ? null : readAt.toInstant());
    }
}
