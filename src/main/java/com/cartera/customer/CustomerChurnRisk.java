package com.cartera.customer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import com.cartera.tenancy.TenantSql;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where analytics publishes each customer's churn risk at every refit of its predictions, so that the grid filters
 * and shows it from the customer module's own tables ({@value #TABLE}, read by {@link Customer} as a secondary table)
 * and activity proposes reactivations from it. Computed, never edited: writing it leaves the customer's version and
 * change stamps alone. Not secured: the nightly refit and the daily suggestion job call it with nobody signed in;
 * the calling modules check their callers.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class CustomerChurnRisk {

    static final String TABLE = "customer_churn_risk";

    /** One reason of a risk: analytics' code (shown through {@code churn.reason.<code>}) and its numbers. */
    public record Reason(String code, List<Long> values) {
        public Reason {
            values = List.copyOf(values);
        }
    }

    /** A customer's risk score (0 to 100), its level and why. */
    public record Update(long customerId, int score, ChurnRiskLevel level, List<Reason> reasons) {
        public Update {
            reasons = List.copyOf(reasons);
        }
    }

    /** A live customer at high risk, whose customer it is (null: nobody's), the score and why. */
    public record AtRisk(long customerId, UUID ownerId, int score, List<Reason> reasons) {
        public AtRisk {
            reasons = List.copyOf(reasons);
        }
    }

    private record AtRiskRow(long id, UUID ownerId, int score, String reasons) {
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
                        insert into customer_churn_risk (customer_id, score, level, reasons)
                        select * from unnest(cast(:ids as bigint[]), cast(:scores as smallint[]),
                                             cast(:levels as varchar[]), cast(:reasons as varchar[]))""")
                .param("ids", updates.stream().map(Update::customerId).toArray(Long[]::new))
                .param("scores", updates.stream().map(update -> (short) update.score()).toArray(Short[]::new))
                .param("levels", updates.stream().map(update -> update.level().name()).toArray(String[]::new))
                .param("reasons", updates.stream().map(update -> encode(update.reasons())).toArray(String[]::new))
                .update();
    }

    /** Forgets every customer's risk: before a refit scores them again, or when nothing can be estimated. */
    public int clear() {
        return sql.client().sql("delete from customer_churn_risk").update();
    }

    /** Live customers whose risk is high, by id. */
    public List<AtRisk> high() {
        return sql.client().sql("""
                        select c.id, c.owner_id, r.score, r.reasons
                        from customer_churn_risk r join customer c on c.id = r.customer_id
                        where r.level = 'HIGH' and c.deleted_at is null order by c.id""")
                .query(AtRiskRow.class)
                .list()
                .stream()
                .map(row -> new AtRisk(row.id(), row.ownerId(), row.score(), decode(row.reasons())))
                .toList();
    }

    /** Reasons as stored: {@code CODE:n,n;CODE:n}, codes and numbers only. */
    public static String encode(List<Reason> reasons) {
        return reasons.stream()
                .map(reason -> reason.code() + ":" + reason.values().stream().map(String::valueOf)
                        .collect(Collectors.joining(",")))
                .collect(Collectors.joining(";"));
    }

    /** The reasons {@link #encode} stored; none for null or empty. */
    public static List<Reason> decode(String stored) {
        var reasons = new ArrayList<Reason>();
        if (stored == null || stored.isEmpty()) {
            return reasons;
        }
        for (String part : stored.split(";")) {
            String[] codeAndValues = part.split(":", 2);
            List<Long> values = codeAndValues.length < 2 || codeAndValues[1].isEmpty() ? List.of()
                    : Arrays.stream(codeAndValues[1].split(",")).map(Long::valueOf).toList();
            reasons.add(new Reason(codeAndValues[0], values));
        }
        return reasons;
    }
}
