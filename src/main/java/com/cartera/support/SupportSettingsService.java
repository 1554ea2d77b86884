package com.cartera.support;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.cartera.security.CurrentUser;
import com.cartera.security.Role;
import com.cartera.tenancy.TenantSql;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk's set-up in the workspace in scope: ticket categories, team queues (add, rename, archive) and the reopen
 * window. Everyone reads them, the public web form too (names of categories and teams are no secret inside the
 * workspace); only an admin changes them.
 */
@Service
@Transactional(readOnly = true)
@PermitAll
public class SupportSettingsService {

    /** Longest category or team name the tables hold. */
    public static final int NAME_MAX = 80;

    private final TenantSql sql;
    private final CurrentUser currentUser;
    private final Clock clock;

    SupportSettingsService(TenantSql sql, CurrentUser currentUser, Clock clock) {
        this.sql = sql;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The categories in their order; archived ones only when asked. */
    public List<TicketCategory> categories(boolean includeArchived) {
        return sql.client().sql("select id, name, position, archived from ticket_category"
                        + " where archived = false or :all order by position, name, id")
                .param("all", includeArchived).query(TicketCategory.class).list();
    }

    public Optional<TicketCategory> category(long id) {
        return sql.client().sql("select id, name, position, archived from ticket_category where id = :id")
                .param("id", id).query(TicketCategory.class).optional();
    }

    /** The team queues by name; archived ones only when asked. */
    public List<SupportTeam> teams(boolean includeArchived) {
        return sql.client().sql("select id, name, archived from support_team where archived = false or :all"
                        + " order by name, id")
                .param("all", includeArchived).query(SupportTeam.class).list();
    }

    public Optional<SupportTeam> team(long id) {
        return sql.client().sql("select id, name, archived from support_team where id = :id")
                .param("id", id).query(SupportTeam.class).optional();
    }

    public DeskSettings desk() {
        return sql.client().sql("select reopen_window_days, version from support_settings where id = 1")
                .query(DeskSettings.class).single();
    }

    /** @throws TicketRefusedException when the name is empty, too long or taken */
    @Transactional
    @RolesAllowed(Role.Names.ADMIN)
    public TicketCategory addCategory(String name) {
        String checked = checkedName(name);
        long id = unique(() -> sql.client().sql("insert into ticket_category (name, position)"
                        + " select :name, coalesce(max(position), 0) + 1 from ticket_category returning id")
                .param("name", checked).query(Long.class).single());
        return category(id).orElseThrow();
    }

    /** @throws TicketRefusedException when the name is empty, too long or taken, or the category is gone */
    @Transactional
    @RolesAllowed(Role.Names.ADMIN)
    public void renameCategory(long id, String name) {
        String checked = checkedName(name);
        changed(unique(() -> sql.client().sql("update ticket_category set name = :name where id = :id")
                .param("name", checked).param("id", id).update()));
    }

    @Transactional
    @RolesAllowed(Role.Names.ADMIN)
    public void archiveCategory(long id, boolean archived) {
        changed(sql.client().sql("update ticket_category set archived = :archived where id = :id")
                .param("archived", archived).param("id", id).update());
    }

    /** @throws TicketRefusedException when the name is empty, too long or taken */
    @Transactional
    @RolesAllowed(Role.Names.ADMIN)
    public SupportTeam addTeam(String name) {
        String checked = checkedName(name);
        long id = unique(() -> sql.client().sql("insert into support_team (name) values (:name) returning id")
                .param("name", checked).query(Long.class).single());
        return team(id).orElseThrow();
    }

    /** @throws TicketRefusedException when the name is empty, too long or taken, or the team is gone */
    @Transactional
    @RolesAllowed(Role.Names.ADMIN)
    public void renameTeam(long id, String name) {
        String checked = checkedName(name);
        changed(unique(() -> sql.client().sql("update support_team set name = :name where id = :id")
                .param("name", checked).param("id", id).update()));
    }

    @Transactional
    @RolesAllowed(Role.Names.ADMIN)
    public void archiveTeam(long id, boolean archived) {
        changed(sql.client().sql("update support_team set archived = :archived where id = :id")
                .param("archived", archived).param("id", id).update());
    }

    /**
     * @throws TicketRefusedException when the days are outside 0 to {@value DeskSettings#REOPEN_WINDOW_MAX}
     * @throws ObjectOptimisticLockingFailureException when someone else saved the settings meanwhile
     */
    @Transactional
    @RolesAllowed(Role.Names.ADMIN)
    public DeskSettings saveReopenWindow(int days, long expectedVersion) {
        if (days < 0 || days > DeskSettings.REOPEN_WINDOW_MAX) {
            throw new TicketRefusedException("reopenWindowDays", "support.settings.error.reopen-window",
                    DeskSettings.REOPEN_WINDOW_MAX);
        }
        int updated = sql.client().sql("update support_settings set reopen_window_days = :days,"
                        + " updated_at = :at, updated_by = :by, version = version + 1"
                        + " where id = 1 and version = :version")
                .param("days", days).param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .param("by", currentUser.require().userId()).param("version", expectedVersion).update();
        if (updated == 0) {
            throw new ObjectOptimisticLockingFailureException(DeskSettings.class, 1);
        }
        return desk();
    }

    private static String checkedName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw new TicketRefusedException("name", "support.settings.error.name-required");
        }
        if (stripped.length() > NAME_MAX) {
            throw new TicketRefusedException("name", "support.settings.error.name-too-long", NAME_MAX);
        }
        return stripped;
    }

    private static <T> T unique(Supplier<T> write) {
        try {
            return write.get();
        } catch (DuplicateKeyException taken) {
            throw new TicketRefusedException("name", "support.settings.error.name-taken");
        }
    }

    private static void changed(int rows) {
        if (rows == 0) {
            throw new TicketRefusedException("name", "support.settings.error.gone");
        }
    }
}
