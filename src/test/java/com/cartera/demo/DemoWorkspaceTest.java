package com.cartera.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.cartera.CarteraIntegrationTest;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.tenancy.TenantDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;

/** The demo workspace: one user per role who can sign in, and a Spanish portfolio of the asked size. */
@CarteraIntegrationTest
class DemoWorkspaceTest {

    @Autowired
    DemoWorkspace demoWorkspace;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @Test
    void createsUsersPerRoleAndPortfolio() throws Exception {
        String slug = "demo-" + UUID.randomUUID().toString().substring(0, 8);
        demoWorkspace.create(slug, 300);

        var tenant = tenants.findBySlug(slug).orElseThrow();
        String schema = tenant.getSchemaName();
        assertThat(jdbc.queryForObject("select count(*) from \"" + schema + "\".customer", Long.class)).isEqualTo(300);
        // Its seeded assignments are nobody's news: no notices (nor mails) for them.
        assertThat(jdbc.queryForObject("select count(*) from \"" + schema + "\".notification", Long.class)).isZero();
        Map<String, Long> stages = jdbc.queryForList("select lifecycle_stage, count(*) n from \"" + schema
                        + "\".customer group by 1").stream()
                .collect(Collectors.toMap(row -> (String) row.get("lifecycle_stage"), row -> (Long) row.get("n")));
        assertThat(stages.keySet()).containsExactlyInAnyOrder("LEAD", "PROSPECT", "ACTIVE", "INACTIVE", "LOST");
        assertThat(stages.get("ACTIVE")).isGreaterThan(stages.get("LOST"));
        assertThat(jdbc.queryForObject("select count(*) from \"" + schema
                + "\".customer where name ~ '[áéíóúñÁÉÍÓÚÑ]'", Long.class)).isGreaterThan(30);
        assertThat(jdbc.queryForObject("select count(*) from \"" + schema + "\".customer where owner_id is null",
                Long.class)).isLessThan(60);

        // A life to show: purchases only of customers who have been customers, figures kept by the database,
        // some big accounts, tags, interactions and open deals.
        assertThat(count(schema, "purchase")).isGreaterThan(300);
        assertThat(count(schema, "purchase p join \"" + schema + "\".customer c on c.id = p.customer_id"
                + " where c.lifecycle_stage in ('LEAD', 'PROSPECT')")).isZero();
        assertThat(count(schema, "customer where purchase_count > 0 and revenue > 0 and last_purchase_on is not null"))
                .isEqualTo(count(schema, "customer where lifecycle_stage in ('ACTIVE', 'INACTIVE', 'LOST')"));
        assertThat(count(schema, "customer where tier in ('STRATEGIC', 'KEY')")).isPositive();
        assertThat(count(schema, "customer_tag")).isPositive();
        assertThat(count(schema, "customer where rfm_segment is not null"))
                .isEqualTo(count(schema, "customer where purchase_count > 0"));
        assertThat(count(schema, "interaction")).isPositive();
        assertThat(count(schema, "opportunity where status = 'OPEN'")).isPositive();
        assertThat(count(schema, "follow_up where status = 'OPEN'")).isPositive();
        assertThat(count(schema, "customer where alert_colour is not null")).isPositive();
        // Won against target is alive: the agents who won deals have targets for the past year and the months ahead.
        assertThat(jdbc.queryForObject("select count(distinct month) from \"" + schema + "\".sales_target",
                Long.class)).isEqualTo(DemoStory.TARGET_MONTHS_BACK + 1 + DemoStory.TARGET_MONTHS_AHEAD);

        // A support desk to show: tickets in every status, about half resolved, and phone ratings for CSAT.
        Map<String, Long> tickets = jdbc.queryForList("select status, count(*) n from \"" + schema
                        + "\".ticket group by 1").stream()
                .collect(Collectors.toMap(row -> (String) row.get("status"), row -> (Long) row.get("n")));
        assertThat(tickets.keySet()).containsExactlyInAnyOrder("NEW", "OPEN", "PENDING", "RESOLVED", "CLOSED");
        assertThat(tickets.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(DemoTickets.TICKETS);
        assertThat(count(schema, "ticket where status = 'NEW' and assignee_id is null")).isEqualTo(tickets.get("NEW"));
        assertThat(count(schema, "ticket where status in ('RESOLVED', 'CLOSED') and first_response_at is null")).isZero();
        assertThat(jdbc.queryForObject("select count(distinct assignee_id) from \"" + schema + "\".ticket",
                Long.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(distinct category_id) from \"" + schema + "\".ticket",
                Long.class)).isGreaterThan(3);
        assertThat(count(schema, "csat_survey where source = 'PHONE' and rating >= 4")).isGreaterThan(5);
        assertThat(count(schema, "csat_survey where rating <= 2")).isPositive();
        // Replies and surveys are written only to the contact persons' reserved addresses, never to customers'.
        assertThat(count(schema, "mail_message where template in ('support-reply', 'support-survey')")).isPositive();
        assertThat(count(schema, "mail_message where template in ('support-reply', 'support-survey')"
                + " and recipient not like '%@clientes.demo.cartera.test'")).isZero();

        AuthenticationManager authentication = authenticationConfiguration.getAuthenticationManager();
        var rolesSeen = new java.util.HashSet<Role>();
        for (String localPart : new String[]{"admin", "ventas", "ventas2", "marketing", "soporte", "finanzas", "direccion"}) {
            String email = localPart + "." + slug + DemoWorkspace.DOMAIN;
            var result = authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email,
                    DemoWorkspace.PASSWORD));
            SignedInUser user = (SignedInUser) result.getPrincipal();
            assertThat(user.currentWorkspace()).as(email).isPresent();
            assertThat(user.workspace().tenant().slug()).isEqualTo(slug);
            rolesSeen.addAll(user.roles());
        }
        assertThat(rolesSeen).containsExactlyInAnyOrder(Role.values());
    }

    private long count(String schema, String fromWhere) {
        return jdbc.queryForObject("select count(*) from \"" + schema + "\"." + fromWhere, Long.class);
    }
}
