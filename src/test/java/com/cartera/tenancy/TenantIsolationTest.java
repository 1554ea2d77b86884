package com.cartera.tenancy;

import static com.cartera.TestWorkspaces.as;
import static com.cartera.TestWorkspaces.signUp;
import static com.cartera.TestWorkspaces.singleConnectionPool;
import static com.cartera.TestWorkspaces.uniqueSlug;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import com.cartera.CarteraIntegrationTest;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerFilter;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.SignedInUser;
import com.cartera.security.SignupService;
import com.cartera.security.TeamDirectory;
import com.cartera.security.TeamMember;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tenant isolation end to end: workspaces opened by the real sign-up, their users working at the same time
 * through the real {@link CustomerService}, and direct SQL (schema-qualified) to see where rows physically
 * are. Every customer's name starts with its workspace's slug and '#', so a row in the wrong place or a read
 * across workspaces is visible.
 */
@CarteraIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantIsolationTest {

    private static final int TENANTS = 8;
    private static final int THREADS = 16;
    private static final int ITERATIONS = 60;

    @Autowired
    SignupService signups;
    @Autowired
    CustomerService customers;
    @Autowired
    TeamDirectory team;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    EntityManager entityManager;

    private TransactionTemplate transaction;
    /** The workspaces of the concurrency test, which expects exact counts at the end. */
    private final List<SignedInUser> admins = new ArrayList<>();
    /** Workspaces for the other tests. */
    private final List<SignedInUser> others = new ArrayList<>();

    /** Thrown on purpose to roll a transaction back. */
    static final class Boom extends RuntimeException {
        Boom() {
            super("rolled back on purpose");
        }
    }

    @BeforeAll
    void openWorkspaces() {
        transaction = new TransactionTemplate(transactionManager);
        for (int i = 0; i < TENANTS; i++) {
            long start = System.nanoTime();
            admins.add(signUp(signups, uniqueSlug("iso")));
            System.out.printf("Sign-up %d took %d ms%n", i + 1, (System.nanoTime() - start) / 1_000_000);
        }
        for (int i = 0; i < 7; i++) {
            others.add(signUp(signups, uniqueSlug("iso-other")));
        }
    }

    private static TenantRef tenant(SignedInUser user) {
        return user.tenant().orElseThrow();
    }

    private static String marker(SignedInUser user) {
        return tenant(user).slug() + "#";
    }

    private static Customer customer(String name) {
        var customer = new Customer();
        customer.setName(name);
        customer.setLifecycleStage(LifecycleStage.LEAD);
        return customer;
    }

    private String currentSchema() {
        return jdbc.queryForObject("select current_schema()", String.class);
    }

    private int backendPid() {
        return jdbc.queryForObject("select pg_backend_pid()", Integer.class);
    }

    private int rowsIn(String schema, String whereNameLike) {
        return jdbc.queryForObject("select count(*) from \"" + schema + "\".customer where name like ?",
                Integer.class, whereNameLike);
    }

    private int rowsIn(String schema) {
        return jdbc.queryForObject("select count(*) from \"" + schema + "\".customer", Integer.class);
    }

    /** All tenant schemas in the database, including those of other test classes. */
    private List<String> allTenantSchemas() {
        return jdbc.queryForList("select schema_name from cartera.tenant where status = 'ACTIVE'", String.class);
    }

    private int rowsNamedAnywhere(String name) {
        return allTenantSchemas().stream()
                .mapToInt(schema -> jdbc.queryForObject(
                        "select count(*) from \"" + schema + "\".customer where name = ?", Integer.class, name))
                .sum();
    }

    @Test
    void concurrentUsersOfEightWorkspacesOnlyEverSeeTheirOwnCustomers() throws Exception {
        Map<String, AtomicInteger> committed = new ConcurrentHashMap<>();
        admins.forEach(admin -> committed.put(tenant(admin).slug(), new AtomicInteger()));
        var rolledBack = new AtomicInteger();
        var operations = new AtomicInteger();
        var go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            workers.add(threads.submit(() -> {
                go.await();
                var random = ThreadLocalRandom.current();
                // What this thread itself committed, per workspace: name by id.
                Map<String, Map<Long, String>> mine = new HashMap<>();
                for (int i = 0; i < ITERATIONS; i++) {
                    SignedInUser user = admins.get(random.nextInt(TENANTS));
                    String slug = tenant(user).slug();
                    String marker = marker(user);
                    Map<Long, String> own = mine.computeIfAbsent(slug, s -> new HashMap<>());
                    int iteration = i;
                    int op = random.nextInt(100);
                    as(user, () -> {
                        if (op < 40) {
                            String name = marker + "t" + thread + "-" + iteration;
                            Customer saved = customers.save(customer(name));
                            assertThat(saved.getId()).isNotNull();
                            assertThat(saved.getName()).isEqualTo(name);
                            own.put(saved.getId(), name);
                            committed.get(slug).incrementAndGet();
                        } else if (op < 55) {
                            var page = customers.page(CustomerFilter.NONE,
                                    PageRequest.of(random.nextInt(3), 25, Sort.by(Sort.Direction.DESC, "createdAt")));
                            assertThat(page).allSatisfy(c -> assertThat(c.getName()).startsWith(marker));
                        } else if (op < 65) {
                            assertThat(customers.count(CustomerFilter.NONE))
                                    .as("count in %s", slug).isGreaterThanOrEqualTo(own.size());
                        } else if (op < 75) {
                            if (!own.isEmpty()) {
                                var ids = new ArrayList<>(own.keySet());
                                long id = ids.get(random.nextInt(ids.size()));
                                assertThat(customers.find(id)).get()
                                        .extracting(Customer::getName).isEqualTo(own.get(id));
                            }
                        } else if (op < 82) {
                            // Ids come from each workspace's own sequence, so they overlap across workspaces:
                            // whatever an id finds must be this workspace's.
                            customers.find(1 + random.nextInt(600))
                                    .ifPresent(c -> assertThat(c.getName()).startsWith(marker));
                        } else if (op < 90) {
                            SignedInUser other = admins.get(random.nextInt(TENANTS));
                            if (other != user) {
                                var filter = CustomerFilter.NONE.withText(marker(other));
                                assertThat(customers.page(filter, PageRequest.of(0, 10))).isEmpty();
                                assertThat(customers.count(filter)).isZero();
                            }
                        } else {
                            assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                                customers.save(customer(marker + "rollback-t" + thread + "-" + iteration));
                                assertThat(currentSchema()).isEqualTo(tenant(user).schema());
                                throw new Boom();
                            })).isInstanceOf(Boom.class);
                            rolledBack.incrementAndGet();
                        }
                    });
                    operations.incrementAndGet();
                }
                return null;
            }));
        }
        go.countDown();
        threads.shutdown();
        try {
            for (Future<?> worker : workers) {
                worker.get(5, TimeUnit.MINUTES);
            }
        } catch (ExecutionException e) {
            threads.shutdownNow();
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
        System.out.printf("%d operations by %d threads on %d workspaces (%d rolled back) in %d ms%n",
                operations.get(), THREADS, TENANTS, rolledBack.get(), (System.nanoTime() - start) / 1_000_000);

        assertThat(operations.get()).isEqualTo(THREADS * ITERATIONS);
        for (SignedInUser admin : admins) {
            String schema = tenant(admin).schema();
            int expected = committed.get(tenant(admin).slug()).get();
            assertThat(as(admin, () -> customers.count(CustomerFilter.NONE))).as("service count in %s", schema)
                    .isEqualTo(expected);
            assertThat(rowsIn(schema)).as("rows in %s", schema).isEqualTo(expected);
            assertThat(rowsIn(schema, marker(admin) + "%")).as("own rows in %s", schema).isEqualTo(expected);
            assertThat(rowsIn(schema, "%#rollback-%")).as("rolled-back rows in %s", schema).isZero();
        }
    }

    @Test
    void aRolledBackTransactionDoesNotLeaveItsWorkspaceOnThePooledConnection() throws Exception {
        SignedInUser a = others.get(0);
        SignedInUser b = others.get(1);
        String doomed = marker(a) + "doomed";
        String after = marker(b) + "after-rollback";
        try (var ignored = singleConnectionPool(dataSource)) {
            var pid = new AtomicReference<Integer>();
            assertThatThrownBy(() -> as(a, () -> transaction.executeWithoutResult(status -> {
                customers.save(customer(doomed));
                pid.set(backendPid());
                assertThat(currentSchema()).isEqualTo(tenant(a).schema());
                assertThat(rowsIn(tenant(a).schema(), doomed)).as("written, not yet rolled back").isOne();
                // Careless code switching the schema inside the transaction: the rollback undoes the SET.
                jdbc.execute("set search_path to \"" + tenant(b).schema() + "\"");
                throw new Boom();
            }))).isInstanceOf(Boom.class);

            // The same physical connection, as the pool hands it out now, belongs to no workspace.
            try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
                var rows = statement.executeQuery("select pg_backend_pid(), current_schema(), current_setting('search_path')");
                rows.next();
                assertThat(rows.getInt(1)).as("same physical connection").isEqualTo(pid.get());
                assertThat(rows.getString(2)).isEqualTo(TenantConnectionProvider.NO_TENANT_SCHEMA);
                assertThat(rows.getString(3)).isEqualTo("cartera_none, extensions");
                assertThatThrownBy(() -> statement.executeQuery("select count(*) from customer"))
                        .isInstanceOfSatisfying(SQLException.class,
                                e -> assertThat(e.getSQLState()).as("undefined table").isEqualTo("42P01"));
            }

            // The next workspace's work on that connection lands in its own schema.
            as(b, () -> transaction.executeWithoutResult(status -> {
                customers.save(customer(after));
                assertThat(backendPid()).as("same physical connection").isEqualTo(pid.get());
                assertThat(currentSchema()).isEqualTo(tenant(b).schema());
            }));
            assertThat(as(b, () -> customers.page(CustomerFilter.NONE.withText("after-rollback"), PageRequest.of(0, 10))))
                    .extracting(Customer::getName).containsExactly(after);
            assertThat(as(a, () -> customers.count(CustomerFilter.NONE.withText("#doomed")))).isZero();
            assertThat(as(a, () -> customers.count(CustomerFilter.NONE.withText("after-rollback")))).isZero();
        }
        assertThat(rowsNamedAnywhere(doomed)).as("the rolled-back row exists nowhere").isZero();
        assertThat(rowsIn(tenant(b).schema(), after)).isOne();
        assertThat(rowsNamedAnywhere(after)).as("and nowhere else").isOne();
    }

    @Test
    void aConnectionReturnedToThePoolAfterWorkspaceWorkPointsAtTheEmptySchema() throws Exception {
        SignedInUser a = others.get(2);
        try (var ignored = singleConnectionPool(dataSource)) {
            int pid = as(a, () -> transaction.execute(status -> {
                customers.save(customer(marker(a) + "before-release"));
                assertThat(currentSchema()).isEqualTo(tenant(a).schema());
                return backendPid();
            }));
            // Read-only work (the service's default) is released the same way.
            as(a, () -> customers.page(CustomerFilter.NONE, PageRequest.of(0, 5)));
            try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
                var rows = statement.executeQuery("select pg_backend_pid(), current_schema()");
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(pid);
                assertThat(rows.getString(2)).isEqualTo("cartera_none");
                for (String table : List.of("customer", "team_member", "flyway_schema_history")) {
                    assertThatThrownBy(() -> statement.executeQuery("select * from " + table))
                            .as(table).isInstanceOfSatisfying(SQLException.class,
                                    e -> assertThat(e.getSQLState()).isEqualTo("42P01"));
                }
                var tables = statement.executeQuery(
                        "select count(*) from pg_tables where schemaname = 'cartera_none'");
                tables.next();
                assertThat(tables.getInt(1)).as("the empty schema stays empty").isZero();
            }
        }
    }

    @Test
    void backgroundWorkCarriesItsWorkspaceAndWithoutOneFailsLoudly() throws Exception {
        SignedInUser a = others.get(3);
        SignedInUser b = others.get(4);
        String name = marker(a) + "from-background";
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            // Handed over while signed in as a's admin; the background thread has no security context at all.
            Callable<List<String>> job = as(a, () -> TenantScope.carry(() -> {
                assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
                List<String> result = new ArrayList<>();
                result.add(transaction.execute(status -> {
                    entityManager.persist(customer(name));
                    entityManager.flush();
                    return currentSchema();
                }));
                team.activeMembers().stream().map(TeamMember::getEmail).forEach(result::add);
                return result;
            }));
            // The submitting thread is now signed in as b: what counts is the tenant carried with the job.
            List<String> result = as(b, () -> background.submit(job).get(1, TimeUnit.MINUTES));
            assertThat(result).containsExactly(tenant(a).schema(), a.email());
            assertThat(rowsIn(tenant(a).schema(), name)).isOne();
            assertThat(rowsNamedAnywhere(name)).isOne();

            // The same pool thread afterwards, without a scope: nothing of a's is left on it, and tenant data
            // is out of reach, loudly.
            assertThatThrownBy(() -> background.submit(TenantScope::require).get())
                    .hasCauseInstanceOf(NoTenantException.class);
            assertThatThrownBy(() -> background.submit(() -> team.activeMembers()).get())
                    .isInstanceOf(ExecutionException.class)
                    .rootCause().isInstanceOfSatisfying(SQLException.class,
                            e -> assertThat(e.getSQLState()).as("undefined table").isEqualTo("42P01"));
            String orphan = marker(a) + "orphan";
            assertThatThrownBy(() -> background.submit(() -> transaction.execute(status -> {
                entityManager.persist(customer(orphan));
                entityManager.flush();
                return null;
            })).get()).isInstanceOf(ExecutionException.class)
                    .rootCause().isInstanceOf(SQLException.class);
            assertThat(rowsNamedAnywhere(orphan)).isZero();

            // The service layer also needs a signed-in user: carrying the tenant does not carry roles.
            Callable<Long> count = as(a, () -> TenantScope.carry(() -> customers.count(CustomerFilter.NONE)));
            assertThatThrownBy(() -> background.submit(count).get())
                    .hasCauseInstanceOf(AuthenticationCredentialsNotFoundException.class);
        } finally {
            background.shutdownNow();
        }
        // Handing work over from a thread without a tenant fails at once, not later on the other thread.
        assertThatThrownBy(() -> TenantScope.carry(() -> 1)).isInstanceOf(NoTenantException.class);
    }

    @Test
    void aSchemaThatIsNoWorkspaceIsRefused() {
        SignedInUser a = others.get(5);
        var ghost = new TenantRef(java.util.UUID.randomUUID(), "ghost", "t_ghost_" + Math.abs(System.nanoTime() % 100000));
        assertThatThrownBy(() -> as(a, () -> TenantScope.call(ghost, () -> customers.count(CustomerFilter.NONE))))
                .rootCause().hasMessageContaining("Refusing a connection to unknown tenant schema " + ghost.schema());
        // Explicit scope wins over the signed-in user's workspace, for jobs and start-up work.
        SignedInUser c = others.get(6);
        assertThat(as(a, () -> TenantScope.call(tenant(c), () -> team.activeMembers())))
                .extracting(TeamMember::getEmail).containsExactly(c.email());
    }

    @Test
    void switchingToAnotherWorkspaceInsideATransactionFailsInsteadOfWritingIntoTheFirst() {
        SignedInUser a = others.get(0);
        SignedInUser b = others.get(1);
        String name = marker(b) + "switched-mid-transaction";
        // The transaction's session was opened in a's schema and stays there: without the check, b's
        // customer would silently be written into a's schema.
        assertThatThrownBy(() -> as(a, () -> transaction.executeWithoutResult(status ->
                TenantScope.run(tenant(b), () -> customers.save(customer(name))))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inside a transaction");
        assertThat(rowsNamedAnywhere(name)).isZero();
        // Outside a transaction the same switch is fine, and re-entering the current workspace always is.
        assertThat(as(a, () -> TenantScope.call(tenant(b), () -> customers.count(CustomerFilter.NONE)))).isNotNegative();
        assertThat(as(b, () -> TenantScope.call(tenant(b), () -> customers.save(customer(name))))).isNotNull();
        as(b, () -> transaction.executeWithoutResult(status ->
                TenantScope.run(tenant(b), () -> customers.count(CustomerFilter.NONE))));
        assertThat(rowsIn(tenant(b).schema(), name)).isOne();
        assertThat(rowsNamedAnywhere(name)).isOne();
    }
}
