package com.cartera.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.cartera.tenancy.TenantSql;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opportunity figures for the analytics KPIs, as records, so that analytics never reads the sales tables. Runs in
 * the caller's transaction; no permission check (the caller states who may see the figures). An owner of null
 * means every owner.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY, readOnly = true)
public class OpportunityFigures {

    /**
     * Opportunities closed in a stretch of time.
     *
     * @param averageWonCycleDays days from creation to close of the won ones, on average; null if none was won
     */
    public record Closed(long won, long lost, BigDecimal averageWonCycleDays) {
    }

    /** Opportunities open now, per owner: their amount and that amount weighted by the stage's probability. */
    public record Open(UUID ownerId, long count, BigDecimal amount, BigDecimal weighted) {
    }

    private final TenantSql sql;

    OpportunityFigures(TenantSql sql) {
        this.sql = sql;
    }

    /** Opportunities closed at or after {@code from} and before {@code to}. */
    public Closed closed(Instant from, Instant to, UUID owner) {
        return sql.client().sql("""
                        select count(*) filter (where status = 'WON') as won,
                               count(*) filter (where status = 'LOST') as lost,
                               round(avg(extract(epoch from closed_at - created_at) / 86400)
                                     filter (where status = 'WON'), 2) as average_won_cycle_days
                        from opportunity
                        where status in ('WON', 'LOST') and closed_at >= :from and closed_at < :to
                          and (cast(:owner as uuid) is null or owner_id = cast(:owner as uuid))""")
                .param("from", java.sql.Timestamp.from(from))
                .param("to", java.sql.Timestamp.from(to))
                .param("owner", owner)
                .query(Closed.class)
                .single();
    }

    /** The open pipeline now, per owner, in the given currency. */
    public List<Open> openByOwner(String currency) {
        return sql.client().sql("""
                        select o.owner_id, count(*) as count, sum(o.amount) as amount,
                               sum(round(o.amount * s.probability / 100.0, 2)) as weighted
                        from opportunity o join pipeline_stage s on s.id = o.stage_id
                        where o.status = 'OPEN' and o.currency = :currency
                        group by o.owner_id""")
                .param("currency", currency)
                .query(Open.class)
                .list();
    }
}
