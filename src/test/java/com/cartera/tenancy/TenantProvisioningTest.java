package com.cartera.tenancy;

import static com.cartera.TestWorkspaces.signUp;
import static com.cartera.TestWorkspaces.uniqueSlug;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import com.cartera.CarteraIntegrationTest;
import com.cartera.customer.Customer;
import com.cartera.security.SignupService;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link TenantProvisioning} on the real database: a failing set-up leaves nothing behind (no schema, no
 * tenant row, no user, no membership), a taken slug is refused, and the slug of a failed attempt is free again.
 */
@CarteraIntegrationTest
class TenantProvisioningTest {

    @Autowired
    TenantProvisioning provisioning;
    @Autowired
    TenantSchemaRegistry registry;
    @Autowired
    SignupService signups;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager entityManager;

    private boolean schemaExists(String schema) {
        return jdbc.queryForObject("select exists(select 1 from pg_namespace where nspname = ?)", Boolean.class, schema);
    }

    private int tenantRows(String slug) {
        return jdbc.queryForObject("select count(*) from cartera.tenant where slug = ?", Integer.class, slug);
    }

    private int users(String email) {
        return jdbc.queryForObject("select count(*) from cartera.user_account where email = ?", Integer.class, email);
    }

    @Test
    void aFailingSetUpLeavesNoSchemaNoTenantNoUserAndFreesTheSlug() {
        String slug = uniqueSlug("prov-fail");
        String schema = TenantRef.schemaFor(slug);
        String email = "user@" + slug + ".example.com";
        var failure = new IllegalStateException("set-up failed on purpose");

        assertThatThrownBy(() -> provisioning.provision(slug, "Failing " + slug, tenant -> {
            // Everything a sign-up writes, in both schemas, through JDBC and through JPA.
            UUID userId = UUID.randomUUID();
            jdbc.update("insert into cartera.user_account (id, email, display_name, password_hash) values (?, ?, 'U', 'x')",
                    userId, email);
            jdbc.update("insert into cartera.membership (id, user_id, tenant_id) values (?, ?, ?)",
                    UUID.randomUUID(), userId, tenant.id());
            jdbc.update("insert into team_member (user_id, display_name, email) values (?, 'U', ?)", userId, email);
            var customer = new Customer();
            customer.setName("half-made");
            entityManager.persist(customer);
            entityManager.flush();
            // Until the failure, all of it is there.
            assertThat(jdbc.queryForObject("select current_schema()", String.class)).isEqualTo(schema);
            assertThat(schemaExists(schema)).isTrue();
            assertThat(users(email)).isOne();
            assertThat(jdbc.queryForObject("select count(*) from customer", Integer.class)).isOne();
            throw failure;
        })).isSameAs(failure);

        assertThat(schemaExists(schema)).as("schema").isFalse();
        assertThat(tenantRows(slug)).as("tenant row").isZero();
        assertThat(users(email)).as("user").isZero();
        assertThat(jdbc.queryForObject(
                "select count(*) from cartera.membership m left join cartera.tenant t on t.id = m.tenant_id where t.id is null",
                Integer.class)).as("memberships of no tenant").isZero();
        assertThat(registry.isTenantSchema(schema)).as("no longer a known tenant schema").isFalse();

        // The slug is free again, and a set-up that succeeds activates the workspace.
        String result = provisioning.provision(slug, "Second try", tenant -> {
            assertThat(TenantScope.require()).isEqualTo(tenant);
            return "ok";
        });
        assertThat(result).isEqualTo("ok");
        assertThat(schemaExists(schema)).isTrue();
        assertThat(jdbc.queryForObject("select status from cartera.tenant where slug = ?", String.class, slug))
                .isEqualTo("ACTIVE");
        assertThat(jdbc.queryForObject("select count(*) from \"" + schema + "\".customer", Integer.class)).isZero();
    }

    @Test
    void aTakenSlugIsRefusedAndTheWorkspaceUsingItIsUntouched() {
        String slug = uniqueSlug("prov-taken");
        var owner = signUp(signups, slug);
        String schema = owner.tenant().orElseThrow().schema();

        assertThatThrownBy(() -> provisioning.provision(slug, "Intruder", tenant -> {
            throw new AssertionError("set-up must not run for a taken slug");
        })).isInstanceOf(SlugTakenException.class).hasMessageContaining(slug);

        assertThat(tenantRows(slug)).isOne();
        assertThat(schemaExists(schema)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from \"" + schema + "\".team_member where email = ?",
                Integer.class, owner.email())).isOne();
    }

    @Test
    void aSlugThatMakesNoValidSchemaNameIsRefusedBeforeAnythingIsWritten() {
        for (String slug : new String[] {"Bad Slug " + System.nanoTime(), "x\"; drop schema cartera; --"}) {
            assertThatThrownBy(() -> provisioning.provision(slug, "Bad", tenant -> "never"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(tenantRows(slug)).as("no claim left behind for '%s'", slug).isZero();
        }
    }
}
