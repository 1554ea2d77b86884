package com.cartera.finance;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.cartera.tenancy.TenantSql;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the open invoices of the workspace in scope up the dunning ladder. An open invoice (issued or partly
 * paid, something still owed) that has reached an active step it has not reached before gets the step recorded and
 * one {@link DunningStepReached} for the highest step it has reached: an invoice that passed several steps at once
 * (imported late, or the job did not run for a while) gets one follow-up, not a pile; the lower steps are recorded
 * silently. A paid or credited invoice is no longer open, so its ladder stops.
 *
 * <p>No permission check: the daily job runs it with nobody signed in.
 */
@Component
public class DunningRun {

    private record Reached(long invoiceId, long stepId, long customerId, String number, String action,
                           String assignee, int daysOverdue, BigDecimal openAmount, String currency,
                           LocalDate dueOn) {
    }

    private final TenantSql sql;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DunningRun(TenantSql sql, ApplicationEventPublisher events, Clock clock) {
        this.sql = sql;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records the steps reached by {@code today} and publishes one event per invoice that reached a new highest
     * step, in one set-based statement (the open invoices by due date, {@code invoice_open_due_idx}). Two runs at
     * once record a step once: only the run whose insert wins publishes. Returns how many events it published.
     */
    @Transactional
    public int run(LocalDate today) {
        List<Reached> reached = sql.client().sql("""
                        with ladder as (
                            select id, days_overdue from dunning_step where active
                        ), reached as (
                            select i.id as invoice_id, s.id as step_id, d.invoice_id is not null as done,
                                   row_number() over (partition by i.id order by s.days_overdue desc) as rank
                            from invoice i
                            join ladder s on s.days_overdue <= :today - i.due_on
                            left join dunning_done d on d.invoice_id = i.id and d.step_id = s.id
                            where i.status in ('ISSUED', 'PARTIALLY_PAID') and i.open_amount > 0
                              and i.due_on <= :today - (select coalesce(min(days_overdue), 366) from ladder)
                        ), recorded as (
                            insert into dunning_done (invoice_id, step_id, done_at)
                            select invoice_id, step_id, :now from reached where not done
                            on conflict do nothing
                            returning invoice_id, step_id
                        )
                        select i.id as invoice_id, s.id as step_id, i.customer_id, i.number, s.action, s.assignee,
                               :today - i.due_on as days_overdue, i.open_amount, i.currency, i.due_on
                        from recorded n
                        join reached r on r.invoice_id = n.invoice_id and r.step_id = n.step_id and r.rank = 1
                        join invoice i on i.id = n.invoice_id
                        join dunning_step s on s.id = n.step_id
                        order by i.due_on, i.id""")
                .param("today", today)
                .param("now", Timestamp.from(clock.instant()))
                .query(Reached.class)
                .list();
        for (Reached step : reached) {
            events.publishEvent(new DunningStepReached(step.invoiceId(), step.stepId(), step.customerId(),
                    step.number(), DunningAction.valueOf(step.action()), DunningAssignee.valueOf(step.assignee()),
                    step.daysOverdue(), step.openAmount(), step.currency(), step.dueOn()));
        }
        return reached.size();
    }

    /** Notes the follow-up that was given for an invoice's step. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void linkFollowUp(long invoiceId, long stepId, long followUpId) {
        sql.client().sql("""
                        update dunning_done set follow_up_id = :followUp
                        where invoice_id = :invoice and step_id = :step""")
                .param("followUp", followUpId).param("invoice", invoiceId).param("step", stepId)
                .update();
    }
}
