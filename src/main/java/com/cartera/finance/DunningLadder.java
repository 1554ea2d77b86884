package com.cartera.finance;

import java.util.List;

import com.cartera.security.Role;
import com.cartera.tenancy.TenantSql;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workspace's dunning ladder: steps of days overdue, each with an action and who does it. Finance and admins
 * change it; management reads it. A step is deactivated rather than deleted: invoices that reached it keep the
 * record ({@code dunning_done}).
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.MANAGEMENT})
public class DunningLadder {

    public static final int DAYS_MIN = 1;
    public static final int DAYS_MAX = 365;

    private final TenantSql sql;

    DunningLadder(TenantSql sql) {
        this.sql = sql;
    }

    /** Every step, active or not, by days overdue. */
    public List<DunningStep> steps() {
        return sql.client().sql("""
                        select id, days_overdue, action, assignee, active from dunning_step
                        order by days_overdue""")
                .query((row, n) -> new DunningStep(row.getLong("id"), row.getInt("days_overdue"),
                        DunningAction.valueOf(row.getString("action")),
                        DunningAssignee.valueOf(row.getString("assignee")), row.getBoolean("active")))
                .list();
    }

    /**
     * Adds an active step.
     *
     * @throws FinanceRefusedException when the days are out of range or another step has them
     */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
    public DunningStep add(int daysOverdue, DunningAction action, DunningAssignee assignee) {
        check(null, daysOverdue, action, assignee);
        long id = sql.client().sql("""
                        insert into dunning_step (days_overdue, action, assignee) values (:days, :action, :assignee)
                        returning id""")
                .param("days", daysOverdue).param("action", action.name()).param("assignee", assignee.name())
                .query(Long.class).single();
        return new DunningStep(id, daysOverdue, action, assignee, true);
    }

    /**
     * Changes a step; invoices that reached it already are not dunned again for it.
     *
     * @throws FinanceRefusedException when the days are out of range or another step has them
     */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
    public void change(long id, int daysOverdue, DunningAction action, DunningAssignee assignee, boolean active) {
        check(id, daysOverdue, action, assignee);
        int changed = sql.client().sql("""
                        update dunning_step set days_overdue = :days, action = :action, assignee = :assignee,
                               active = :active
                        where id = :id""")
                .param("days", daysOverdue).param("action", action.name()).param("assignee", assignee.name())
                .param("active", active).param("id", id)
                .update();
        if (changed == 0) {
            throw new FinanceRefusedException("step", "finance.dunning.step.gone");
        }
    }

    /** Stops a step from firing; its record on invoices stays. */
    @Transactional
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
    public void deactivate(long id) {
        sql.client().sql("update dunning_step set active = false where id = :id").param("id", id).update();
    }

    private void check(Long id, int daysOverdue, DunningAction action, DunningAssignee assignee) {
        if (daysOverdue < DAYS_MIN || daysOverdue > DAYS_MAX) {
            throw new FinanceRefusedException("daysOverdue", "finance.dunning.days.range", DAYS_MIN, DAYS_MAX);
        }
        if (action == null) {
            throw new FinanceRefusedException("action", "finance.dunning.action.required");
        }
        if (assignee == null) {
            throw new FinanceRefusedException("assignee", "finance.dunning.assignee.required");
        }
        boolean taken = sql.client().sql("""
                        select exists (select 1 from dunning_step
                                       where days_overdue = :days and (cast(:id as bigint) is null or id <> :id))""")
                .param("days", daysOverdue).param("id", id)
                .query(Boolean.class).single();
        if (taken) {
            throw new FinanceRefusedException("daysOverdue", "finance.dunning.days.taken", daysOverdue);
        }
    }
}
