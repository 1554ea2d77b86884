package com.cartera.activity;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.cartera.customer.CustomerAlerts;
import com.cartera.customer.CustomerAlerts.Subject;
import com.cartera.customer.CustomerAlerts.Update;
import com.cartera.customer.ValueTier;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes customers' alert colours with {@link AlertRules}: a few customers within the transaction that
 * changed their follow-ups or interactions, or every customer of the workspace in scope, in batches of
 * {@value #BATCH} each read with three indexed queries and written with one statement. Not secured: the
 * hourly job runs it with nobody signed in; services call it after their own checks.
 */
@Component
class FollowUpAlerts {

    static final int BATCH = 1000;

    private final CustomerAlerts customerAlerts;
    private final AlertRuleRepository rules;
    private final TransactionTemplate newTransaction;

    @PersistenceContext
    private EntityManager entityManager;

    FollowUpAlerts(CustomerAlerts customerAlerts, AlertRuleRepository rules, PlatformTransactionManager transactions) {
        this.customerAlerts = customerAlerts;
        this.rules = rules;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    }

    /** Recomputes the given customers in the current transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recompute(Collection<Long> customerIds) {
        entityManager.flush();
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
        Instant now = Instant.now();
        ZoneId zone = ZoneId.systemDefault();
        List<Update> updates = new ArrayList<>(subjects.size());
        for (Subject subject : subjects) {
            var facts = new AlertRules.Facts(subject.tier(), subject.stage(), subject.createdAt(),
                    open.get(subject.customerId()), contacts.get(subject.customerId()), waiting.get(subject.customerId()));
            var alert = AlertRules.evaluate(facts, byTier.get(subject.tier()), now, zone);
            updates.add(new Update(subject.customerId(), alert.map(AlertRules.Alert::colour).orElse(null),
                    alert.map(AlertRules.Alert::reason).orElse(null)));
        }
        return customerAlerts.write(updates);
    }

    @SuppressWarnings("unchecked")
    private Map<Long, AlertRules.Due> earliestOpen(Long[] ids) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select distinct on (customer_id) customer_id, kind, due_at from follow_up
                        where customer_id = any(cast(:ids as bigint[])) and status = 'OPEN'
                        order by customer_id, due_at, id""")
                .setParameter("ids", ids)
                .getResultList();
        Map<Long, AlertRules.Due> byCustomer = new HashMap<>();
        rows.forEach(row -> byCustomer.put(((Number) row[0]).longValue(),
                new AlertRules.Due(FollowUpKind.valueOf((String) row[1]), instant(row[2]))));
        return byCustomer;
    }

    /**
     * The latest interaction of each customer, and when the run of our unanswered interactions ending with it
     * started: the earliest unanswered one of ours after the last interaction that was not.
     */
    @SuppressWarnings("unchecked")
    private void readContacts(Long[] ids, Map<Long, AlertRules.Contact> contacts, Map<Long, Instant> waiting) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select c.id, last.occurred_at, last.direction, last.outcome,
                               (select min(w.occurred_at) from interaction w
                                 where w.customer_id = c.id and w.direction = 'OUTBOUND'
                                   and w.outcome in ('AWAITING_REPLY', 'NO_ANSWER')
                                   and w.occurred_at > coalesce((select max(a.occurred_at) from interaction a
                                        where a.customer_id = c.id and (a.direction = 'INBOUND' or a.outcome is null
                                              or a.outcome not in ('AWAITING_REPLY', 'NO_ANSWER'))), '-infinity'))
                        from unnest(cast(:ids as bigint[])) as c(id)
                        join lateral (select occurred_at, direction, outcome from interaction i
                                      where i.customer_id = c.id order by occurred_at desc, id desc limit 1) last on true""")
                .setParameter("ids", ids)
                .getResultList();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            contacts.put(id, new AlertRules.Contact(instant(row[1]), InteractionDirection.valueOf((String) row[2]),
                    row[3] == null ? null : InteractionOutcome.valueOf((String) row[3])));
            if (row[4] != null) {
                waiting.put(id, instant(row[4]));
            }
        }
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Instant instant -> instant;
            case java.time.OffsetDateTime offset -> offset.toInstant();
            case java.sql.Timestamp timestamp -> timestamp.toInstant();
            default -> throw new IllegalStateException("Not a time: " + value);
        };
    }
}
