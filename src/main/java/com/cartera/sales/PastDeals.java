package com.cartera.sales;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import com.cartera.security.Role;
import com.cartera.tenancy.TenantSql;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dates of opportunities in a past brought from elsewhere (the demo workspace's made-up history): when each was
 * opened and closed, written over the stamps of the moment they were saved — with their stage moves and the
 * conversion a win recorded — so that win rate and sales cycle see that past. ADMIN only, in the caller's transaction.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
@RolesAllowed(Role.Names.ADMIN)
public class PastDeals {

    /** @param closedAt when it was won or lost; null for one still open */
    public record Deal(long opportunityId, Instant openedAt, Instant closedAt) {
    }

    private final TenantSql sql;

    PastDeals(TenantSql sql) {
        this.sql = sql;
    }

    public void backdate(List<Deal> deals) {
        if (deals.isEmpty()) {
            return;
        }
        var ids = new SqlArrayValue("bigint", deals.stream().map(Deal::opportunityId).toArray());
        var opened = new SqlArrayValue("timestamptz", deals.stream().map(d -> Timestamp.from(d.openedAt())).toArray());
        var closed = new SqlArrayValue("timestamptz", deals.stream()
                .map(d -> d.closedAt() == null ? null : Timestamp.from(d.closedAt())).toArray());
        String dates = "(select * from unnest(:ids, :opened, :closed) as d (opportunity_id, opened_at, closed_at))";
        sql.client().sql("""
                        update opportunity o
                        set created_at = d.opened_at, updated_at = coalesce(d.closed_at, d.opened_at),
                            stage_entered_at = coalesce(d.closed_at, d.opened_at),
                            closed_at = case when o.closed_at is null then null else d.closed_at end
                        from %s d where o.id = d.opportunity_id""".formatted(dates))
                .param("ids", ids).param("opened", opened).param("closed", closed).update();
        sql.client().sql("""
                        update opportunity_stage_change s
                        set changed_at = case when s.from_stage_id is null then d.opened_at
                                              else coalesce(d.closed_at, d.opened_at) end
                        from %s d where s.opportunity_id = d.opportunity_id""".formatted(dates))
                .param("ids", ids).param("opened", opened).param("closed", closed).update();
        sql.client().sql("update conversion c set converted_at = d.closed_at from " + dates
                        + " d where c.opportunity_id = d.opportunity_id and d.closed_at is not null")
                .param("ids", ids).param("opened", opened).param("closed", closed).update();
    }
}
