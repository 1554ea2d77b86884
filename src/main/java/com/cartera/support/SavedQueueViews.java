package com.cartera.support;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.cartera.security.CurrentUser;
import com.cartera.security.FieldRejectedException;
import com.cartera.security.Role;
import com.cartera.tenancy.TenantSql;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each person's named ticket-queue views: only the owner sees, changes or deletes them. Names are unique per
 * person, ignoring case, and at most {@value #NAME_LIMIT} characters.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SUPPORT, Role.Names.MANAGEMENT, Role.Names.SALES})
public class SavedQueueViews {

    public static final int NAME_LIMIT = 80;

    // Its own mapper, not the application's, so that the stored form does not change with web settings; unknown
    // properties are ignored so that views saved by an older version still open.
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final TenantSql sql;
    private final CurrentUser currentUser;
    private final Clock clock;

    SavedQueueViews(TenantSql sql, CurrentUser currentUser, Clock clock) {
        this.sql = sql;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The signed-in person's views, by name. */
    public List<SavedQueueView> mine() {
        return sql.client().sql("""
                        select id, name, definition::text as definition, version from ticket_saved_view
                        where owner_id = :me order by lower(name), id""")
                .param("me", me())
                .query((rs, n) -> new SavedQueueView(rs.getLong("id"), rs.getString("name"),
                        JSON.readValue(rs.getString("definition"), QueueView.class), rs.getLong("version")))
                .list();
    }

    /** @throws FieldRejectedException naming {@code name} when it is blank, too long or already one of the person's */
    @Transactional
    public SavedQueueView create(String name, QueueView view) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new FieldRejectedException("name", "support.queue.view.name.required");
        }
        if (clean.length() > NAME_LIMIT) {
            throw new FieldRejectedException("name", "support.queue.view.name.too-long");
        }
        var now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        try {
            long id = sql.client().sql("""
                            insert into ticket_saved_view (owner_id, name, definition, created_at, updated_at)
                            values (:me, :name, cast(:definition as jsonb), :now, :now) returning id""")
                    .param("me", me()).param("name", clean).param("definition", JSON.writeValueAsString(view))
                    .param("now", now)
                    .query(Long.class).single();
            return new SavedQueueView(id, clean, view, 0);
        } catch (DuplicateKeyException sameName) {
            throw new FieldRejectedException("name", "support.queue.view.name.taken");
        }
    }

    /** Replaces the view's filter, sort and columns; another tab's change in between is a conflict. */
    @Transactional
    public SavedQueueView update(long id, long expectedVersion, QueueView view) {
        String name = sql.client().sql("""
                        update ticket_saved_view set definition = cast(:definition as jsonb), updated_at = :now,
                               version = version + 1
                        where id = :id and owner_id = :me and version = :version returning name""")
                .param("definition", JSON.writeValueAsString(view))
                .param("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .param("id", id).param("me", me()).param("version", expectedVersion)
                .query(String.class).optional()
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(SavedQueueView.class, id));
        return new SavedQueueView(id, name, view, expectedVersion + 1);
    }

    @Transactional
    public void delete(long id, long expectedVersion) {
        int deleted = sql.client().sql("delete from ticket_saved_view where id = :id and owner_id = :me"
                        + " and version = :version")
                .param("id", id).param("me", me()).param("version", expectedVersion)
                .update();
        if (deleted == 0) {
            throw new ObjectOptimisticLockingFailureException(SavedQueueView.class, id);
        }
    }

    private UUID me() {
        return currentUser.require().userId();
    }
}
