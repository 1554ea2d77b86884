package com.cartera.marketing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import com.cartera.security.Role;
import com.cartera.tenancy.TenantSql;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the workspace spent, summed set-based over [from, to) by source, campaign and month, each split into the
 * marketing and the sales share (CAC counts both, DESIGN §5). Reads the covering index on the spend day, so five
 * years of entries stay a short scan per period. Who may call: those who read marketing figures.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING, Role.Names.MANAGEMENT})
public class SpendFigures {

    /** Spend split by what CAC counts it as. */
    public record Spend(BigDecimal marketing, BigDecimal sales) {

        public static final Spend NONE = new Spend(BigDecimal.ZERO, BigDecimal.ZERO);

        public BigDecimal total() {
            return marketing.add(sales);
        }
    }

    public record SourceSpend(long sourceId, Spend spend) {
    }

    public record CampaignSpend(long campaignId, Spend spend) {
    }

    /** @param month the first day of the month */
    public record MonthSpend(LocalDate month, Spend spend) {
    }

    private static final String SUMS = """
            coalesce(sum(amount) filter (where counts_as = 'MARKETING'), 0) as marketing,
            coalesce(sum(amount) filter (where counts_as = 'SALES'), 0) as sales""";

    private final TenantSql sql;

    SpendFigures(TenantSql sql) {
        this.sql = sql;
    }

    public Spend total(LocalDate from, LocalDate to) {
        return sql.client().sql("select " + SUMS + " from marketing_spend where spent_on >= :from and spent_on < :to")
                .param("from", from).param("to", to)
                .query((row, n) -> new Spend(row.getBigDecimal("marketing"), row.getBigDecimal("sales")))
                .single();
    }

    /** Per source, sources without spend left out. */
    public List<SourceSpend> bySource(LocalDate from, LocalDate to) {
        return sql.client().sql("select source_id, " + SUMS + " from marketing_spend"
                        + " where spent_on >= :from and spent_on < :to group by source_id order by source_id")
                .param("from", from).param("to", to)
                .query((row, n) -> new SourceSpend(row.getLong("source_id"),
                        new Spend(row.getBigDecimal("marketing"), row.getBigDecimal("sales"))))
                .list();
    }

    /** Per campaign, campaigns without spend and spend of no campaign left out. */
    public List<CampaignSpend> byCampaign(LocalDate from, LocalDate to) {
        return sql.client().sql("select campaign_id, " + SUMS + " from marketing_spend"
                        + " where spent_on >= :from and spent_on < :to and campaign_id is not null"
                        + " group by campaign_id order by campaign_id")
                .param("from", from).param("to", to)
                .query((row, n) -> new CampaignSpend(row.getLong("campaign_id"),
                        new Spend(row.getBigDecimal("marketing"), row.getBigDecimal("sales"))))
                .list();
    }

    /** Everything booked so far on each of {@code campaignIds} (campaigns without spend left out). */
    public List<CampaignSpend> toDate(Collection<Long> campaignIds) {
        if (campaignIds.isEmpty()) {
            return List.of();
        }
        return sql.client().sql("select campaign_id, " + SUMS + " from marketing_spend"
                        + " where campaign_id = any (:ids) group by campaign_id order by campaign_id")
                .param("ids", new SqlArrayValue("bigint", campaignIds.toArray()))
                .query((row, n) -> new CampaignSpend(row.getLong("campaign_id"),
                        new Spend(row.getBigDecimal("marketing"), row.getBigDecimal("sales"))))
                .list();
    }

    /** Per month touched by [from, to) (only the days inside it), months without spend left out. */
    public List<MonthSpend> byMonth(LocalDate from, LocalDate to) {
        return sql.client().sql("select cast(date_trunc('month', spent_on) as date) as month, " + SUMS
                        + " from marketing_spend where spent_on >= :from and spent_on < :to group by 1 order by 1")
                .param("from", from).param("to", to)
                .query((row, n) -> new MonthSpend(row.getObject("month", LocalDate.class),
                        new Spend(row.getBigDecimal("marketing"), row.getBigDecimal("sales"))))
                .list();
    }
}
