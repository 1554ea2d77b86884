package com.cartera.marketing;

import java.util.Collection;
import java.util.List;

import com.cartera.tenancy.TenantSql;
import jakarta.annotation.security.PermitAll;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where customers came from, read set-based for the figures kept per customer elsewhere (analytics copies it at
 * refresh time). Ids only, so jobs may ask as well as anyone in the workspace; it reads the workspace in scope.
 */
@Service
@Transactional(readOnly = true)
@PermitAll
public class AttributionFacts {

    /**
     * One customer's attribution.
     *
     * @param firstSourceId    the source of the first touch, null where none is known
     * @param firstCampaignId  the campaign of the first touch, if one
     * @param touchCampaignId  the last campaign that touched them before they became a customer, if one
     */
    public record Attribution(long customerId, Long firstSourceId, Long firstCampaignId, Long touchCampaignId) {
    }

    private final TenantSql sql;

    AttributionFacts(TenantSql sql) {
        this.sql = sql;
    }

    /** The attribution of those of {@code customerIds} that have one. */
    public List<Attribution> of(Collection<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return List.of();
        }
        return sql.client().sql("select customer_id, first_source_id, first_campaign_id, touch_campaign_id"
                        + " from customer_attribution where customer_id = any (:ids)")
                .param("ids", new SqlArrayValue("bigint", customerIds.toArray()))
                .query(Attribution.class).list();
    }
}
