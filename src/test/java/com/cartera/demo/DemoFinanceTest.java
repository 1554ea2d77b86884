package com.cartera.demo;

import java.util.UUID;

import com.cartera.CarteraIntegrationTest;
import com.cartera.tenancy.TenantDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's finance: costs for all products but one, invoices billed from purchases, every status and ageing
 * bucket, a credit note, credit left on a payment, a payment returned by the bank, both risk levels, a limit
 * exceeded, and the dunning ladder's follow-ups.
 */
@CarteraIntegrationTest
class DemoFinanceTest {

    @Autowired
    DemoWorkspace demoWorkspace;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void invoicesPaymentsAgeingRiskAndDunning() {
        String slug = "demo-" + UUID.randomUUID().toString().substring(0, 8);
        demoWorkspace.create(slug, 300);
        String s = "\"" + tenants.findBySlug(slug).orElseThrow().getSchemaName() + "\".";

        assertThat(count("select count(*) from " + s + "product p where not exists (select 1 from " + s
                + "product_cost c where c.product_id = p.id)")).isEqualTo(1);
        assertThat(count("select count(*) from " + s + "invoice_purchase")).isPositive();
        assertThat(jdbc.queryForList("select distinct status from " + s + "invoice where kind = 'INVOICE'",
                String.class)).contains("ISSUED", "PARTIALLY_PAID", "PAID");
        assertThat(count("select count(*) from " + s + "invoice where kind = 'CREDIT_NOTE'")).isEqualTo(1);
        assertThat(count("select count(*) from " + s + "payment where unallocated > 0 and reversed_on is null"))
                .isEqualTo(1);
        assertThat(count("select count(*) from " + s + "payment where reversed_on is not null")).isEqualTo(1);
        // The samples are due 10, 40, 75 and 120 days ago: one open invoice at least in each overdue bucket.
        for (String bucket : new String[] {"between 1 and 30", "between 31 and 60", "between 61 and 90", "> 90"}) {
            assertThat(count("select count(*) from " + s + "invoice where status in ('ISSUED', 'PARTIALLY_PAID')"
                    + " and current_date - due_on " + bucket)).as(bucket).isPositive();
        }
        assertThat(count("select count(*) from " + s + "customer where payment_risk = 'WATCH'")).isPositive();
        assertThat(count("select count(*) from " + s + "customer where payment_risk = 'HIGH'")).isPositive();
        assertThat(count("select count(*) from " + s
                + "customer where 'OVER_CREDIT_LIMIT' = any(payment_risk_reasons)")).isPositive();
        assertThat(count("select count(*) from " + s + "dunning_done where follow_up_id is not null")).isPositive();
    }

    private long count(String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }
}
