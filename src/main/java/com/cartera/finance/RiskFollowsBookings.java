package com.cartera.finance;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Re-judges the payment risk of the customers whose receivables moved, once per transaction just before it
 * commits: a bulk import booking thousands of invoices judges each customer once, and the risk never disagrees
 * with the committed ledger.
 */
@Component
class RiskFollowsBookings {

    private final PaymentRiskRefresh refresh;

    RiskFollowsBookings(PaymentRiskRefresh refresh) {
        this.refresh = refresh;
    }

    @EventListener
    void on(ReceivablesChanged event) {
        pending().customerIds.addAll(event.customerIds());
    }

    // Kept among the transaction's synchronizations (not a bound resource) so that a nested REQUIRES_NEW
    // transaction, which suspends them, collects its own customers.
    private Pending pending() {
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Pending pending && pending.owner == this) {
                return pending;
            }
        }
        Pending pending = new Pending(this);
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending;
    }

    private static final class Pending implements TransactionSynchronization {
        private final RiskFollowsBookings owner;
        private final Set<Long> customerIds = new LinkedHashSet<>();

        Pending(RiskFollowsBookings owner) {
            this.owner = owner;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            owner.refresh.judge(customerIds);
        }
    }
}
