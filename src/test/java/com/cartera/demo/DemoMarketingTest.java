package com.cartera.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.cartera.CarteraIntegrationTest;
import com.cartera.tenancy.TenantDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's marketing: campaigns in every status with spend in each of the last twelve months, marketing and
 * sales spend, the portfolio's campaign customers attributed to their campaigns at their backdated first touch, and
 * a target list of the customers at risk.
 */
@CarteraIntegrationTest
class DemoMarketingTest {

    @Autowired
    DemoWorkspace demoWorkspace;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void campaignsSpendAttributionAndATargetList() {
        String slug = "demo-" + UUID.randomUUID().toString().substring(0, 8);
        demoWorkspace.create(slug, 300);
        String schema = "\"" + tenants.findBySlug(slug).orElseThrow().getSchemaName() + "\".";

        assertThat(count("select count(*) from " + schema + "campaign")).isEqualTo(6);
        assertThat(jdbc.queryForList("select distinct status from " + schema + "campaign", String.class))
                .containsExactlyInAnyOrder("PLANNED", "RUNNING", "FINISHED");
        assertThat(count("select count(distinct date_trunc('month', spent_on)) from " + schema + "marketing_spend"
                + " where spent_on > current_date - interval '12 months'")).isGreaterThanOrEqualTo(12);
        assertThat(count("select count(*) from " + schema + "marketing_spend where counts_as = 'SALES'")).isPositive();
        assertThat(count("select count(*) from " + schema + "marketing_spend where campaign_id is not null"))
                .isPositive();

        assertThat(count("select count(*) from " + schema + "customer_attribution")).isEqualTo(300);
        assertThat(count("select count(*) from " + schema + "customer_attribution where first_campaign_id is not null"))
                .isPositive();
        assertThat(count("select count(*) from " + schema + "customer_attribution a join " + schema
                + "customer c on c.id = a.customer_id where a.first_touch_at <> c.created_at"))
                .as("first touches follow the made-up past").isZero();

        assertThat(count("select count(*) from " + schema + "target_list")).isEqualTo(2);
        assertThat(count("select count(*) from " + schema + "target_list_member where status = 'CONTACTED'"))
                .isPositive();
        assertThat(count("select count(*) from " + schema + "target_list_member where status = 'RESPONDED'"))
                .isPositive();
        assertThat(count("select count(*) from " + schema + "customer_attribution where touch_campaign_id is not null"))
                .as("the remarketing list reached open leads").isPositive();
    }

    private long count(String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }
}
