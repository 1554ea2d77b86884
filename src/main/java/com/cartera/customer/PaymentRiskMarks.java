package com.cartera.customer;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import com.cartera.tenancy.TenantSql;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the payment risk finance judged for customers, so the grid, the customer page and the pipeline show it
 * without reading finance's tables. Computed, never edited: it leaves the customer's version and change stamps
 * alone. Not secured: finance's jobs call it with nobody signed in; finance checks its own callers.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class PaymentRiskMarks {

    /** A customer's risk; a null risk (with no reasons) clears it. */
    public record Mark(long customerId, PaymentRisk risk, Set<PaymentRiskReason> reasons) {
    }

    private final TenantSql sql;

    PaymentRiskMarks(TenantSql sql) {
        this.sql = sql;
    }

    /** Writes the marks in one statement, touching only the customers whose risk changed; returns how many. */
    public int write(Collection<Mark> marks) {
        if (marks.isEmpty()) {
            return 0;
        }
        return sql.client().sql("""
                        update customer c set payment_risk = u.risk,
                               payment_risk_reasons = string_to_array(u.reasons, ',')::varchar(20)[]
                        from unnest(cast(:ids as bigint[]), cast(:risks as varchar[]), cast(:reasons as varchar[]))
                             as u(id, risk, reasons)
                        where c.id = u.id
                          and (c.payment_risk is distinct from u.risk
                               or c.payment_risk_reasons <> string_to_array(u.reasons, ',')::varchar(20)[])""")
                .param("ids", marks.stream().map(Mark::customerId).toArray(Long[]::new))
                .param("risks", marks.stream()
                        .map(mark -> mark.risk() == null ? null : mark.risk().name()).toArray(String[]::new))
                .param("reasons", marks.stream().map(mark -> String.join(",", mark.reasons().stream()
                        .sorted().map(Enum::name).toList())).toArray(String[]::new))
                .update();
    }

    /** The ids of the customers that carry a risk now, so a job can clear the ones it no longer finds at risk. */
    public List<Long> marked() {
        return sql.client().sql("select id from customer where payment_risk is not null and deleted_at is null")
                .query(Long.class).list();
    }
}
