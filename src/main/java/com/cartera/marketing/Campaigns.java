package com.cartera.marketing;

import java.util.List;
import java.util.Optional;

import com.cartera.tenancy.TenantSql;
import jakarta.annotation.security.PermitAll;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the workspace's campaigns for other parts of Cartera (attribution, figures, the customer form). Anyone in
 * the workspace and jobs may ask; it reads the workspace in scope.
 */
@Service
@Transactional(readOnly = true)
@PermitAll
public class Campaigns {

    private static final String COLUMNS = """
            select id, name, channel, source_id, starts_on, ends_on, budget, status, owner_id, target_kind,
                   target_value
            from campaign""";

    private final TenantSql sql;

    Campaigns(TenantSql sql) {
        this.sql = sql;
    }

    public Optional<CampaignInfo> find(long id) {
        return sql.client().sql(COLUMNS + " where id = :id").param("id", id).query(CampaignInfo.class).optional();
    }

    /** The campaign of that name, ignoring case (names are unique that way). */
    public Optional<CampaignInfo> findByName(String name) {
        return sql.client().sql(COLUMNS + " where lower(name) = lower(:name)").param("name", name.strip())
                .query(CampaignInfo.class).optional();
    }

    /** Every campaign, newest start first. */
    public List<CampaignInfo> all() {
        return sql.client().sql(COLUMNS + " order by starts_on desc, id desc").query(CampaignInfo.class).list();
    }
}
