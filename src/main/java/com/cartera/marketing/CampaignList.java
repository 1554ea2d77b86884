package com.cartera.marketing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.cartera.security.Role;
import com.cartera.tenancy.TenantSql;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads campaigns a page at a time for the campaigns list, newest start first, with what was spent on each. */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING, Role.Names.MANAGEMENT})
public class CampaignList {

    /** A campaign as the list shows it; {@code spent} sums all its spend entries. */
    public record Row(long id, String name, CampaignStatus status, CampaignChannel channel, long sourceId,
                      LocalDate startsOn, LocalDate endsOn, UUID ownerId, BigDecimal budget, BigDecimal spent) {

        /** Spent as a share of the budget in percent, null without a positive budget. */
        public BigDecimal budgetUsed() {
            return budget == null || budget.signum() == 0 ? null
                    : spent.multiply(BigDecimal.valueOf(100)).divide(budget, 0, java.math.RoundingMode.HALF_UP);
        }
    }

    private static final String WHERE = "\n" + """
             from campaign c
             where (cast(:status as varchar) is null or c.status = :status)
               and (cast(:channel as varchar) is null or c.channel = :channel)
               and (cast(:source as bigint) is null or c.source_id = :source)
               and (cast(:text as varchar) is null or c.name ilike :pattern)""" + "\n";

    private final TenantSql sql;

    CampaignList(TenantSql sql) {
        this.sql = sql;
    }

    public List<Row> page(CampaignFilter filter, int offset, int limit) {
        return bind(sql.client().sql("""
                select c.id, c.name, c.status, c.channel, c.source_id, c.starts_on, c.ends_on, c.owner_id, c.budget,
                       coalesce((select sum(s.amount) from marketing_spend s where s.campaign_id = c.id), 0) as spent
                """ + WHERE + " order by c.starts_on desc, c.id desc offset :offset limit :limit"), filter)
                .param("offset", offset).param("limit", limit).query(Row.class).list();
    }

    public int count(CampaignFilter filter) {
        return bind(sql.client().sql("select count(*)" + WHERE), filter).query(Integer.class).single();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, CampaignFilter filter) {
        return spec.param("status", filter.status() == null ? null : filter.status().name())
                .param("channel", filter.channel() == null ? null : filter.channel().name())
                .param("source", filter.sourceId()).param("text", filter.text())
                .param("pattern", filter.text() == null ? null : "%" + filter.text().replace("\\", "\\\\")
                        .replace("%", "\\%").replace("_", "\\_") + "%");
    }
}
