package com.cartera.customer;

import java.util.Collection;

import com.cartera.tenancy.TenantSql;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where analytics publishes each customer's churn risk at every refit of its predictions, so that the grid filters
 * and shows it from the customer's own table. Computed, never edited: writing it leaves the customer's version and
 * change stamps alone. Not secured: the nightly refit calls it with nobody signed in; analytics checks its callers.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class CustomerChurnRisk {

    /** A customer's risk score (0 to 100) and its level. */
    public record Update(long customerId, int score, ChurnRiskLevel level) {
    }

    private final TenantSql sql;

    CustomerChurnRisk(TenantSql sql) {
        this.sql = sql;
    }

    /** Writes the risks in one statement, touching only the customers whose risk changed; returns how many. */
    public int write(Collection<Update> updates) {
        if (updates.isEmpty()) {
            return 0;
        }
        return sql.client().sql("""
                        update customer c set churn_risk_score = u.score, churn_risk_level = u.level
                        from unnest(cast(:ids as bigint[]), cast(:scores as smallint[]), cast(:levels as varchar[]))
                             as u(id, score, level)
                        where c.id = u.id
                          and (c.churn_risk_score is distinct from u.score
                               or c.churn_risk_level is distinct from u.level)""")
                .param("ids", updates.stream().map(Update::customerId).toArray(Long[]::new))
                .param("scores", updates.stream().map(update -> (short) update.score()).toArray(Short[]::new))
                .param("levels", updates.stream().map(update -> update.level().name()).toArray(String[]::new))
                .update();
    }

    /** Forgets every customer's risk: before a refit scores them again, or when nothing can be estimated. */
    public int clear() {
        return sql.client().sql("update customer set churn_risk_score = null, churn_risk_level = null"
                + " where churn_risk_score is not null or churn_risk_level is not null").update();
    }
}
