package com.cartera.activity;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.cartera.customer.AlertColour;
import com.cartera.customer.CustomerAlerts;
import com.cartera.customer.CustomerAlerts.Subject;
import com.cartera.customer.CustomerAlerts.Update;
import com.cartera.customer.ValueTier;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.support.TicketSlaAlerts;
import com.cartera.tenancy.TenantScope;
import com.cartera.tenancy.TenantSql;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes customers' alert colours with {@link AlertRules}: a few customers within the transaction that
 * changed their follow-ups, interactions or tickets, or every customer of the workspace in scope, in batches of
 * {@value #BATCH} each read with four indexed queries (the last, support's tickets at risk) and written with one
 * statement. Not secured: the
 * hourly job runs it with nobody signed in; services call it after their own checks.
 */
@Component
class FollowUpAlerts {

    static final int BATCH = 1000;

    private final CustomerAlerts customerAlerts;
    private final AlertRuleRepository rules;
    private final TransactionTemplate newTransaction;

    private final TenantSql sql;
    private final WorkspaceCalendar calendar;
    private final Clock clock;
    private final ApplicationEventPublisher notices;
    private final TicketSlaAlerts tickets;

    FollowUpAlerts(CustomerAlerts customerAlerts, AlertRuleRepository rules, PlatformTransactionManager transactions,
                   TenantSql sql, WorkspaceCalendar calendar, Clock clock, ApplicationEventPublisher notices,
                   TicketSlaAlerts tickets) {
        this.notices = notices;
        this.tickets = tickets;
        this.customerAlerts = customerAlerts;
        this.calendar = calendar;
        this.clock = clock;
        this.sql = sql;
        this.rules = rules;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    }

    /** Recomputes the given customers in the current transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recompute(Collection<Long> customerIds) {
        evaluate(customerAlerts.subjects(customerIds), rulesByTier());
    }

    /** Recomputes every live customer of the workspace in scope, a batch per transaction; returns how many changed. */
    public int recomputeAll() {
        Map<ValueTier, AlertRules.Rule> byTier = newTransaction.execute(status -> rulesByTier());
        int changed = 0;
        long after = 0;
        while (true) {
            long from = after;
            BatchResult batch = newTransaction.execute(status -> {
                List<Subject> subjects = customerAlerts.subjectsAfter(from, BATCH);
                return new BatchResult(subjects.isEmpty() ? from : subjects.getLast().customerId(), subjects.size(),
                        evaluate(subjects, byTier));
            });
            changed += batch.changed();
            if (batch.size() < BATCH) {
                return changed;
            }
            after = batch.lastId();
        }
    }

    private record BatchResult(long lastId, int size, int changed) {
    }

    private Map<ValueTier, AlertRules.Rule> rulesByTier() {
        Map<ValueTier, AlertRules.Rule> byTier = new EnumMap<>(ValueTier.class);
        rules.findAll().forEach(rule -> byTier.put(rule.getTier(), rule.rule()));
        return byTier;
    }

    private int evaluate(List<Subject> subjects, Map<ValueTier, AlertRules.Rule> byTier) {
        if (subjects.isEmpty()) {
            return 0;
        }
        Long[] ids = subjects.stream().map(Subject::customerId).toArray(Long[]::new);
        Map<Long, AlertRules.Due> open = earliestOpen(ids);
        Map<Long, AlertRules.Contact> contacts = new HashMap<>();
        Map<Long, Instant> waiting = new HashMap<>();
        readContacts(ids, contacts, waiting);
        Map<Long, String> ticketsAtRisk = tickets.redReasons(List.of(ids));
        Instant now = clock.instant();
        ZoneId zone = calendar.zone();
        List<Update> updates = new ArrayList<>(subjects.size());
        for (Subject subject : subjects) {
            var facts = new AlertRules.Facts(subject.tier(), subject.stage(), subject.createdAt(),
                    open.get(subject.customerId()), contacts.get(subject.customerId()), waiting.get(subject.customerId()),
                    ticketsAtRisk.get(subject.customerId()));
            var alert = AlertRules.evaluate(facts, byTier.get(subject.tier()), now, zone);
            updates.add(new Update(subject.customerId(), alert.map(AlertRules.Alert::colour).orElse(null),
                    alert.map(AlertRules.Alert::reason).orElse(null)));
        }
        int changed = customerAlerts.write(updates);
        publishTurnedRed(subjects, updates);
        return changed;
    }

    /** For the notification module: the owner of a customer that was not red and is now is told. */
    private void publishTurnedRed(List<Subject> subjects, List<Update> updates) {
        for (int i = 0; i < subjects.size(); i++) {
            Subject subject = subjects.get(i);
            if (updates.get(i).colour() == AlertColour.RED && subject.alertColour() != AlertColour.RED
                    && subject.ownerId() != null) {
                notices.publishEvent(new CustomerTurnedRed(TenantScope.require(), subject.customerId(), subject.name(),
                        subject.ownerId()));
            }
        }
    }

    private record DueRow(long customerId, FollowUpKind kind, Instant dueAt) {
    }

    private Map<Long, AlertRules.Due> earliestOpen(Long[] ids) {
        List<DueRow> rows = sql.client().sql("""
                        select distinct on (customer_id) customer_id, kind, due_at from follow_up
                        where customer_id = any(cast(:ids as bigint[])) and status = 'OPEN'
                        order by customer_id, due_at, id""")
                .param("ids", ids)
                .query(DueRow.class)
                .list();
        Map<Long, AlertRules.Due> byCustomer = new HashMap<>();
        rows.forEach(row -> byCustomer.put(row.customerId(), new AlertRules.Due(row.kind(), row.dueAt())));
        return byCustomer;
    }

    /**
     * The latest interaction of each customer, and when the run of our unanswered interactions ending with it
     * started: the earliest unanswered one of ours after the last interaction that was not.
     */
    private record ContactRow(long customerId, Instant lastAt, InteractionDirection direction,
                              InteractionOutcome outcome, Instant waitingSince) {
    }

    private void readContacts(Long[] ids, Map<Long, AlertRules.Contact> contacts, Map<Long, Instant> waiting) {
        List<ContactRow> rows = sql.client().sql("""
                        select c.id as customer_id, last.occurred_at as last_at, last.direction, last.outcome,
                               (select min(w.occurred_at) from interaction w
                                 where w.customer_id = c.id and w.direction = 'OUTBOUND'
                                   and w.outcome in ('AWAITING_REPLY', 'NO_ANSWER')
                                   and w.occurred_at > coalesce((select max(a.occurred_at) from interaction a
                                        where a.customer_id = c.id and (a.direction = 'INBOUND' or a.outcome is null
                                              or a.outcome not in ('AWAITING_REPLY', 'NO_ANSWER'))), '-infinity'))
                               as waiting_since
                        from unnest(cast(:ids as bigint[])) as c(id)
                        join lateral (select occurred_at, direction, outcome from interaction i
                                      where i.customer_id = c.id order by occurred_at desc, id desc limit 1) last on true""")
                .param("ids", ids)
                .query(ContactRow.class)
                .list();
        for (ContactRow row : rows) {
            contacts.put(row.customerId(), new AlertRules.Contact(row.lastAt(), row.direction(), row.outcome()));
            if (row.waitingSince() != null) {
                waiting.put(row.customerId(), row.waitingSince());
            }
        }
    }
}
