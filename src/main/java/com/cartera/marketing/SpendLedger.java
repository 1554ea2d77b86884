package com.cartera.marketing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.cartera.security.Role;
import com.cartera.tenancy.TenantSql;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads spend entries a page at a time, newest first, and their monthly totals per source and per kind. */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING, Role.Names.MANAGEMENT})
public class SpendLedger {

    /** One entry as the grid shows it. */
    public record Row(long id, LocalDate spentOn, BigDecimal amount, SpendCategory category, SpendKind countsAs,
                      long sourceId, Long campaignId, String campaignName, String description, long version) {
    }

    /** A month's spend per source (by id) and per kind. */
    public record MonthTotals(YearMonth month, Map<Long, BigDecimal> bySource, BigDecimal marketing,
                              BigDecimal sales) {

        public BigDecimal total() {
            return marketing.add(sales);
        }
    }

    private record Sum(LocalDate month, long sourceId, SpendKind countsAs, BigDecimal amount) {
    }

    private static final String WHERE = "\n" + """
             from marketing_spend s left join campaign c on c.id = s.campaign_id
             where s.spent_on >= :from and s.spent_on < :to
               and (cast(:source as bigint) is null or s.source_id = :source)
               and (cast(:campaign as bigint) is null or s.campaign_id = :campaign)
               and (cast(:category as varchar) is null or s.category = :category)
               and (cast(:kind as varchar) is null or s.counts_as = :kind)
               and (cast(:text as varchar) is null or s.description ilike :pattern or c.name ilike :pattern)""" + "\n";

    private final TenantSql sql;

    SpendLedger(TenantSql sql) {
        this.sql = sql;
    }

    public List<Row> page(SpendFilter filter, int offset, int limit) {
        return bind(sql.client().sql("""
                select s.id, s.spent_on, s.amount, s.category, s.counts_as, s.source_id, s.campaign_id,
                       c.name as campaign_name, s.description, s.version""" + WHERE + """
                 order by s.spent_on desc, s.id desc offset :offset limit :limit"""), filter)
                .param("offset", offset).param("limit", limit).query(Row.class).list();
    }

    public int count(SpendFilter filter) {
        return bind(sql.client().sql("select count(*)" + WHERE), filter).query(Integer.class).single();
    }

    /** The period's months that have spend, oldest first. */
    public List<MonthTotals> monthly(SpendFilter filter) {
        List<Sum> sums = bind(sql.client().sql("""
                select cast(date_trunc('month', s.spent_on) as date) as month, s.source_id, s.counts_as,
                       sum(s.amount) as amount""" + WHERE + """
                 group by 1, 2, 3 order by 1, 2, 3"""), filter).query(Sum.class).list();
        Map<YearMonth, List<Sum>> byMonth = new LinkedHashMap<>();
        sums.forEach(sum -> byMonth.computeIfAbsent(YearMonth.from(sum.month()), m -> new ArrayList<>()).add(sum));
        var months = new ArrayList<MonthTotals>();
        byMonth.forEach((month, rows) -> {
            Map<Long, BigDecimal> bySource = new LinkedHashMap<>();
            BigDecimal marketing = BigDecimal.ZERO;
            BigDecimal sales = BigDecimal.ZERO;
            for (Sum sum : rows) {
                bySource.merge(sum.sourceId(), sum.amount(), BigDecimal::add);
                if (sum.countsAs() == SpendKind.MARKETING) {
                    marketing = marketing.add(sum.amount());
                } else {
                    sales = sales.add(sum.amount());
                }
            }
            months.add(new MonthTotals(month, Map.copyOf(bySource), marketing, sales));
        });
        return months;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, SpendFilter filter) {
        return spec.param("from", filter.from()).param("to", filter.to()).param("source", filter.sourceId())
                .param("campaign", filter.campaignId())
                .param("category", filter.category() == null ? null : filter.category().name())
                .param("kind", filter.kind() == null ? null : filter.kind().name())
                .param("text", filter.text())
                .param("pattern", filter.text() == null ? null : "%" + filter.text().replace("\\", "\\\\")
                        .replace("%", "\\%").replace("_", "\\_") + "%");
    }
}
