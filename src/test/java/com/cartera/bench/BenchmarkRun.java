package com.cartera.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.cartera.CarteraApplication;
import com.cartera.base.db.EmbeddedPostgres;
import com.cartera.security.InvitationService;
import com.cartera.security.Role;
import com.cartera.security.SignInService;
import com.cartera.security.SignedInUser;
import com.cartera.security.SignupForm;
import com.cartera.security.SignupService;
import com.cartera.security.TeamService;
import com.cartera.security.WorkspaceAuthentication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What the large-workspace benchmarks share: starting Cartera quietly on an embedded PostgreSQL that outlives the
 * run, signing up the benchmark's workspace and its people, acting as one of them, seeding on the superuser's
 * connection, and timing calls (warm-up, then p50/p95 by nearest rank).
 */
final class BenchmarkRun {

    static final String PASSWORD = "Prueba-segura-2024";

    private BenchmarkRun() {
    }

    /** Timed calls in milliseconds. */
    record Timing(long[] millis) {

        /** Nearest rank. */
        long percentile(int percent) {
            long[] sorted = millis.clone();
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
            return sorted[Math.max(0, rank - 1)];
        }

        String line(String what) {
            return String.format(Locale.ROOT, "%-58s p50 %6d ms   p95 %6d ms   max %6d ms%n", what, percentile(50),
                    percentile(95), percentile(100));
        }
    }

    /**
     * Cartera on its own embedded PostgreSQL in {@code dataDir}, kept for the next run, with no demo and no
     * scheduled job (nothing may run in between the timed calls). Command-line arguments, so that they win over
     * application.yaml (builder properties would not); {@code extra} adds or overrides settings.
     */
    static ConfigurableApplicationContext start(Path dataDir, String... extra) {
        String[] quiet = {
                "--cartera.data-dir=" + dataDir,
                "--cartera.embedded-db.ephemeral=false",
                "--cartera.demo.enabled=false",
                "--cartera.analytics.refresh-interval=1000d",
                "--cartera.prediction.nightly-cron=-",
                "--cartera.segments.nightly-cron=-",
                "--cartera.alerts.recompute-cron=-",
                "--cartera.alerts.suggestions-cron=-",
                "--cartera.privacy.retention-cron=-",
                "--cartera.notifications.digest-cron=-",
                "--cartera.support.sla.watch-cron=-",
                "--cartera.support.tickets.closing-cron=-",
                "--server.port=0",
                // No browser comes: the front-end development server is not needed.
                "--vaadin.productionMode=true",
                "--spring.main.banner-mode=off",
                "--logging.level.root=warn"};
        return new SpringApplicationBuilder(CarteraApplication.class)
                .run(Stream.concat(Arrays.stream(quiet), Arrays.stream(extra)).toArray(String[]::new));
    }

    static boolean workspaceExists(JdbcTemplate jdbc, String slug) {
        return jdbc.queryForObject("select count(*) from cartera.tenant where slug = ?", Integer.class, slug) == 1;
    }

    static String adminEmail(String slug) {
        return "admin@" + slug + ".example.com";
    }

    static SignedInUser signUp(ConfigurableApplicationContext context, String slug, String company) {
        var form = new SignupForm();
        form.setCompanyName(company);
        form.setSlug(slug);
        form.setAdminName("Admin Benchmark");
        form.setEmail(adminEmail(slug));
        form.setPassword(PASSWORD);
        return context.getBean(SignupService.class).signUp(form, Locale.forLanguageTag("es"), "127.0.0.1");
    }

    /** The person with this e-mail, signed in to the benchmark's (their only) workspace. */
    static SignedInUser signedIn(ConfigurableApplicationContext context, String email) {
        UUID id = context.getBean(JdbcTemplate.class).queryForObject(
                "select id from cartera.user_account where email = ?", UUID.class, email);
        return context.getBean(SignInService.class).signedIn(id).orElseThrow();
    }

    /** Invites one person per name with {@code role}, as {@code <prefix><i>@<slug>.example.com}; their ids. */
    static List<UUID> addPeople(ConfigurableApplicationContext context, SignedInUser admin, String slug, Role role,
                                String prefix, List<String> names) {
        var team = context.getBean(TeamService.class);
        var invitations = context.getBean(InvitationService.class);
        return as(admin, () -> {
            List<UUID> people = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                String token = team.invite(prefix + i + "@" + slug + ".example.com", Set.of(role));
                var joined = (InvitationService.NewAccountOutcome.Joined) invitations.acceptWithNewAccount(token,
                        names.get(i), PASSWORD);
                people.add(joined.user().userId());
            }
            return people;
        });
    }

    static <T> T as(SignedInUser user, Supplier<T> work) {
        var security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(new WorkspaceAuthentication(user));
        SecurityContextHolder.setContext(security);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Work on a connection of its own to the workspace's schema. */
    interface Seeding<T> {
        T on(Connection connection) throws Exception;
    }

    /**
     * Seeds on the superuser's connection pointed at the workspace's schema: the load is the benchmark's own SQL,
     * switches triggers off, runs without a request's time limits, and may VACUUM (which an application
     * transaction cannot).
     */
    static <T> T seed(ConfigurableApplicationContext context, SignedInUser admin, Seeding<T> seeding)
            throws Exception {
        try (var connection = context.getBean(EmbeddedPostgres.class).openSuperuserConnection();
             var statement = connection.createStatement()) {
            statement.execute("set search_path to \"" + admin.workspace().tenant().schema() + "\", extensions");
            return seeding.on(connection);
        }
    }

    /** {@code warmUp} untimed calls, then {@code repetitions} timed ones. */
    static Timing time(int warmUp, int repetitions, LongSupplier work) {
        for (int i = 0; i < warmUp; i++) {
            work.getAsLong();
        }
        long[] millis = new long[repetitions];
        for (int i = 0; i < repetitions; i++) {
            long t0 = System.nanoTime();
            work.getAsLong();
            millis[i] = (System.nanoTime() - t0) / 1_000_000;
        }
        return new Timing(millis);
    }

    /** The 1, 5 and 15 minute load averages: the figures mean little on a machine busy with other work. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Cores, Java and the embedded database's version and memory settings, for the figures' header. */
    static String machine(JdbcTemplate jdbc) {
        return Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + "; embedded " + jdbc.queryForObject("select version()", String.class).split(",")[0]
                + ", shared_buffers " + jdbc.queryForObject("show shared_buffers", String.class)
                + ", work_mem " + jdbc.queryForObject("show work_mem", String.class);
    }
}
