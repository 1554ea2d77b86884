package com.cartera.security;

import static com.cartera.TestWorkspaces.emailFor;
import static com.cartera.TestWorkspaces.form;
import static com.cartera.TestWorkspaces.uniqueSlug;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.cartera.CarteraIntegrationTest;
import com.cartera.TestWorkspaces;
import com.cartera.tenancy.TenantRef;

/**
 * Sign-ups are rationed per client address in the control schema, and a sign-up that is refused, for the limit or
 * for any value of the form, builds no schema.
 */
@CarteraIntegrationTest
class SignupLimitTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    SignupService signups;

    private final MovableClock clock = new MovableClock(Instant.now());

    private SignupLimit threePerHour() {
        return new SignupLimit(jdbc, clock, new SignupLimitProperties(3, Duration.ofHours(1)));
    }

    private static String address() {
        String random = UUID.randomUUID().toString();
        return "2001:db8:" + random.substring(0, 4) + ":" + random.substring(4, 8) + "::1";
    }

    private int schemas() {
        return jdbc.sql("select count(*) from information_schema.schemata").query(Integer.class).single();
    }

    private boolean schemaExists(String slug) {
        return jdbc.sql("select exists(select 1 from information_schema.schemata where schema_name = :schema)")
                .param("schema", TenantRef.schemaFor(slug)).query(Boolean.class).single();
    }

    @Test
    void anAddressMayStartItsBudgetAtOnceThenWaitsForItToRefill() {
        var limit = threePerHour();
        String client = address();
        assertThat(List.of(limit.tryAcquire(client), limit.tryAcquire(client), limit.tryAcquire(client)))
                .containsOnly(true);
        assertThat(limit.tryAcquire(client)).as("the fourth at once").isFalse();
        assertThat(limit.tryAcquire(address())).as("another address").isTrue();

        clock.advance(Duration.ofMinutes(20));
        assertThat(limit.tryAcquire(client)).as("one back after a third of the period").isTrue();
        assertThat(limit.tryAcquire(client)).isFalse();

        clock.advance(Duration.ofHours(5));
        for (int i = 0; i < 3; i++) {
            assertThat(limit.tryAcquire(client)).as("full again, but no fuller").isTrue();
        }
        assertThat(limit.tryAcquire(client)).isFalse();
    }

    @Test
    void parallelSignUpsCannotOverdrawTheBudget() throws Exception {
        var limit = threePerHour();
        String client = address();
        int threads = 10;
        var start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return limit.tryAcquire(client);
                }));
            }
            int granted = 0;
            for (Future<Boolean> result : results) {
                granted += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(granted).isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSpentAddressIsRefusedBeforeAnythingIsBuiltAndTheRefusalAudited() {
        String client = address();
        // The budget of this address was spent a moment ago (the test profile refills one sign-up an hour).
        jdbc.sql("insert into cartera.signup_budget (client, tokens, updated_at) values (:client, 0, :now)")
                .param("client", client).param("now", Instant.now().atOffset(ZoneOffset.UTC)).update();
        String slug = uniqueSlug("limited");
        int before = schemas();

        assertThatThrownBy(() -> signups.signUp(form(slug, emailFor(slug)), SPANISH, client))
                .isInstanceOfSatisfying(FieldRejectedException.class, e -> {
                    assertThat(e.field()).isEqualTo("form");
                    assertThat(e.messageKey()).isEqualTo("signup.rate-limited");
                });

        assertThat(schemas()).isEqualTo(before);
        assertThat(schemaExists(slug)).isFalse();
        assertThat(jdbc.sql("select count(*) from cartera.tenant where slug = :slug").param("slug", slug)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select outcome from cartera.signup_audit where slug = :slug and remote_addr = :client")
                .param("slug", slug).param("client", client).query(String.class).list())
                .containsExactly("RATE_LIMITED");
    }

    @Test
    void aSignUpRefusedForAnyValueBuildsNoSchema() {
        String taken = uniqueSlug("taken");
        TestWorkspaces.signUp(signups, taken);
        int before = schemas();

        List<Consumer<SignupForm>> spoilers = List.of(
                f -> f.setCompanyName(" "),
                f -> f.setCompanyName("x".repeat(121)),
                f -> f.setAdminName(""),
                f -> f.setAdminName("x".repeat(121)),
                f -> f.setSlug("admin"),
                f -> f.setSlug("9-starts-with-a-digit"),
                f -> f.setSlug(taken),
                f -> f.setEmail("not-an-address"),
                f -> f.setEmail(emailFor(taken).toUpperCase(Locale.ROOT)),
                f -> f.setPassword("password123"),
                f -> f.setPassword(""));
        for (var spoiler : spoilers) {
            String slug = uniqueSlug("invalid");
            SignupForm form = form(slug, emailFor(slug));
            spoiler.accept(form);
            String tried = form.getSlug();
            // A taken address is not named on the form: its owner is told by mail instead. Nothing is built either way.
            assertThatThrownBy(() -> signups.signUp(form, SPANISH, address()))
                    .isInstanceOfAny(FieldRejectedException.class, SignupContinuesByMail.class);
            if (!tried.equals(taken)) {
                assertThat(schemaExists(tried)).isFalse();
            }
        }

        assertThat(schemas()).as("schemas after %d refused sign-ups", spoilers.size()).isEqualTo(before);
    }
}
