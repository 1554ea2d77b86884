package com.cartera.customer;

import java.util.Collection;

import com.cartera.tenancy.TenantSql;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where analytics publishes each customer's churn risk at every refit of its predictions, so that the grid filters
 * and shows it from the customer module's own tables ({@value #TABLE}, read by {@link Customer} as a secondary table).
 * Computed, never edited: writing it leaves the customer's version and change stamps alone. Not secured: the nightly
 * refit calls it with nobody signed in; analytics checks its callers.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class CustomerChurnRisk {

    static final String TABLE = "customer_churn_risk";

    /** A customer's risk score (0 to 100) and its level. */
    public record Update(long customerId, int score, ChurnRiskLevel level) {
    }

    private final TenantSql sql;

    CustomerChurnRisk(TenantSql sql) {
        this.sql = sql;
    }

    /** Writes the risks of customers who have none (after {@link #clear}) in one statement; returns how many. */
    public int write(Collection<Update> updates) {
        if (updates.isEmpty()) {
            return 0;
        }
        return sql.client().sql("""
                        insert into customer_churn_risk (customer_id, score, level)
                        select * from unnest(cast(:ids as bigint[]), cast(:scores as smallint[]),
                                             cast(:levels as varchar[]))""")
                .param("ids", updates.stream().map(Update::customerId).toArray(Long[]::new))
                .param("scores", updates.stream().map(update -> (short) update.score()).toArray(Short[]::new))
                .param("levels", updates.stream().map(update -> update.level().name()).toArray(String[]::new))
                .update();
    }

    /** Forgets every customer's risk: before a refit scores them again, or when nothing can be estimated. */
    public int clear() {
        return sql.client().sql("delete from customer_churn_risk").update();
    }
}
