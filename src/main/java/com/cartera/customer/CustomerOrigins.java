package com.cartera.customer;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.cartera.tenancy.TenantSql;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What marketing needs to know of customers, set-based, so that it never reads the customer tables: where each came
 * from as recorded on the customer, whether they are still leads, and what became of them (converted, revenue).
 * Runs in the caller's transaction; no permission check (event listeners and jobs call it, and the caller states
 * who may see its results). Merged customers are never included.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY, readOnly = true)
public class CustomerOrigins {

    /**
     * Where a customer came from as the customer record says.
     *
     * @param source         null when none was recorded
     * @param sourceCampaign the campaign's name as typed or imported, null when none
     * @param referredById   the customer who referred them, or null
     */
    public record Origin(long customerId, CustomerSource source, String sourceCampaign, Long referredById,
                         Instant createdAt) {
    }

    /**
     * What became of a customer.
     *
     * @param createdAsLead whether they were created as a lead or prospect
     * @param converted     whether they have ever been an active customer
     * @param revenue       gross revenue to date, in the workspace currency
     */
    public record Outcome(long customerId, String name, LifecycleStage stage, boolean createdAsLead,
                         boolean converted, BigDecimal revenue, boolean deleted) {
    }

    /**
     * Leads created in a period and how many of them have become customers since.
     */
    public record LeadCount(long leads, long converted) {
    }

    private static final String CREATED_AS_LEAD = """
            exists (select 1 from lifecycle_change f where f.customer_id = c.id and f.from_stage is null
                    and f.to_stage in ('LEAD', 'PROSPECT'))""";
    private static final String CONVERTED = """
            (c.lifecycle_stage = 'ACTIVE' or exists (select 1 from lifecycle_change a where a.customer_id = c.id
                    and a.to_stage = 'ACTIVE'))""";

    private final TenantSql sql;

    CustomerOrigins(TenantSql sql) {
        this.sql = sql;
    }

    /** The origin of each of the customers, in id order. */
    public List<Origin> of(Collection<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return List.of();
        }
        return sql.client().sql("""
                        select c.id as customer_id, c.source, c.source_campaign, c.referred_by_id, c.created_at
                        from customer c
                        where c.id = any (cast(:ids as bigint[])) and c.merged_into_id is null
                        order by c.id""")
                .param("ids", ids(customerIds))
                .query(Origin.class).list();
    }

    /** Those of the customers who are leads or prospects now (live ones only). */
    public Set<Long> leadsOrProspects(Collection<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return Set.of();
        }
        return sql.client().sql("""
                        select id from customer
                        where id = any (cast(:ids as bigint[])) and deleted_at is null and merged_into_id is null
                          and lifecycle_stage in ('LEAD', 'PROSPECT')""")
                .param("ids", ids(customerIds))
                .query(Long.class).list().stream().collect(Collectors.toUnmodifiableSet());
    }

    /** What became of each of the customers, deleted ones included (flagged), in id order. */
    public List<Outcome> outcomes(Collection<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return List.of();
        }
        return sql.client().sql("""
                        select c.id as customer_id, c.name, c.lifecycle_stage as stage,
                               %s as created_as_lead, %s as converted, c.revenue, c.deleted_at is not null as deleted
                        from customer c
                        where c.id = any (cast(:ids as bigint[])) and c.merged_into_id is null
                        order by c.id""".formatted(CREATED_AS_LEAD, CONVERTED))
                .param("ids", ids(customerIds))
                .query(Outcome.class).list();
    }

    /** Live customers created as leads or prospects in [from, to), and how many of them have converted. */
    public LeadCount leadsCreated(Instant from, Instant to) {
        return sql.client().sql("""
                        select count(*) as leads, count(*) filter (where %s) as converted
                        from customer c
                        where c.created_at >= :from and c.created_at < :to and c.deleted_at is null
                          and c.merged_into_id is null and %s""".formatted(CONVERTED, CREATED_AS_LEAD))
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query(LeadCount.class).single();
    }

    private static SqlArrayValue ids(Collection<Long> customerIds) {
        return new SqlArrayValue("bigint", customerIds.toArray());
    }
}
