package com.cartera.activity;

import java.util.Comparator;
import java.util.List;

import com.cartera.security.FieldRejectedException;
import com.cartera.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The workspace's alert rules per value tier: everyone reads them, admin and management change them. */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MARKETING, Role.Names.SUPPORT, Role.Names.FINANCE,
        Role.Names.MANAGEMENT})
public class AlertRuleService {

    static final int MAX_CADENCE = 365;
    static final int MAX_YELLOW = 60;

    private final AlertRuleRepository rules;
    private final FollowUpAlerts alerts;
    private final TransactionTemplate transaction;

    AlertRuleService(AlertRuleRepository rules, FollowUpAlerts alerts, PlatformTransactionManager transactions) {
        this.rules = rules;
        this.alerts = alerts;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Highest tier first. */
    public List<AlertRule> rules() {
        return rules.findAll().stream().sorted(Comparator.comparing(AlertRule::getTier)).toList();
    }

    /**
     * Changes the rules of the given tiers together, then recomputes every customer's alert under them.
     *
     * @throws FieldRejectedException                  naming the tier's field with a value out of range
     *                                                 ({@code cadence.TIER}, {@code yellow.TIER})
     * @throws ObjectOptimisticLockingFailureException when someone else changed one meanwhile
     * @return how many customers' alerts changed
     */
    // The rules commit first; the recomputation then walks the customers in transactions of its own.
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGEMENT})
    public int save(List<AlertRuleChange> changes) {
        saveRules(changes);
        return alerts.recomputeAll();
    }

    private void saveRules(List<AlertRuleChange> changes) {
        for (AlertRuleChange change : changes) {
            if (change.cadenceDays() != null && (change.cadenceDays() < 1 || change.cadenceDays() > MAX_CADENCE)) {
                throw new FieldRejectedException("cadence." + change.tier(), "alert-rules.cadence.range");
            }
            if (change.yellowDays() == null || change.yellowDays() < 0 || change.yellowDays() > MAX_YELLOW) {
                throw new FieldRejectedException("yellow." + change.tier(), "alert-rules.yellow.range");
            }
        }
        transaction.executeWithoutResult(status -> changes.forEach(change -> {
            AlertRule rule = rules.findById(change.tier())
                    .filter(stored -> stored.getVersion() == change.expectedVersion())
                    .orElseThrow(() -> new ObjectOptimisticLockingFailureException(AlertRule.class, change.tier()));
            rule.change(change.cadenceDays(), change.yellowDays());
            rules.saveAndFlush(rule);
        }));
    }
}
