package com.cartera.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.cartera.CarteraApplication;
import com.cartera.security.SignupForm;
import com.cartera.security.SignupService;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.InstantiationAwareBeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Start-up benchmark, not a test: how long Cartera takes to start with many tenants, and how long a sign-up
 * takes. Run with {@code ./mvnw -B -Pstartup-benchmark test-compile exec:exec} (tenant count:
 * {@code -Dbenchmark.tenants=200}).
 *
 * <p>In a fresh embedded PostgreSQL (a temporary data directory, removed afterwards) one JVM starts the
 * application on the empty database and signs up the tenants one after another through the real
 * {@link SignupService} (each sign-up creates and migrates its schema). Then the application is started
 * {@value #RESTARTS} more times, each in a new JVM, on that database: each start-up runs the control
 * migration and checks/migrates all tenant schemas before the context is ready. The figures go to
 * {@code target/benchmarks/startup-<n>-tenants.txt}.
 */
public final class StartupWith200Tenants {

    private static final int RESTARTS = 3;
    private static final String PREFIX = "bench-";

    private StartupWith200Tenants() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child(args[1], Path.of(args[2]), Integer.parseInt(args[3]), Path.of(args[4]));
            return;
        }
        int tenants = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0]) : 200;
        Path outDir = Path.of("target", "benchmarks").toAbsolutePath();
        Files.createDirectories(outDir);
        Path dataDir = Files.createTempDirectory("cartera-bench-");
        try {
            System.out.printf("Benchmark: %d tenants, data in %s%n", tenants, dataDir);
            Properties populate = runChild("populate", dataDir, tenants);
            List<Properties> restarts = new ArrayList<>();
            for (int i = 1; i <= RESTARTS; i++) {
                restarts.add(runChild("start", dataDir, tenants));
            }
            String report = report(tenants, populate, restarts);
            Path file = outDir.resolve("startup-" + tenants + "-tenants.txt");
            Files.writeString(file, report, StandardCharsets.UTF_8);
            System.out.println(report);
            System.out.println("Written to " + file);
        } finally {
            deleteRecursively(dataDir);
        }
    }

    // ---- orchestration -------------------------------------------------------------------------------

    private static Properties runChild(String phase, Path dataDir, int tenants) throws Exception {
        Path result = Files.createTempFile("cartera-bench-" + phase + "-", ".properties");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx2g",
                "-cp", System.getProperty("java.class.path"),
                StartupWith200Tenants.class.getName(), "--child", phase, dataDir.toString(),
                Integer.toString(tenants), result.toString()));
        System.out.println("Running phase '" + phase + "' in a new JVM");
        Process process = new ProcessBuilder(command).inheritIO().start();
        int code = process.waitFor();
        if (code != 0) {
            throw new IllegalStateException("Phase " + phase + " failed with exit code " + code);
        }
        var properties = new Properties();
        try (InputStream in = Files.newInputStream(result)) {
            properties.load(in);
        }
        Files.delete(result);
        return properties;
    }

    private static String report(int tenants, Properties populate, List<Properties> restarts) {
        long[] signups = Arrays.stream(populate.getProperty("signup.ms").split(","))
                .mapToLong(Long::parseLong).sorted().toArray();
        var out = new StringBuilder();
        out.append("Cartera start-up benchmark\n");
        out.append("date:      ").append(DateTimeFormatter.ISO_INSTANT.format(Instant.now())).append('\n');
        out.append("machine:   ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(", ").append(System.getProperty("os.name"))
                .append(' ').append(System.getProperty("os.arch")).append('\n');
        out.append("database:  embedded PostgreSQL (fresh cluster), tenants: ").append(tenants).append("\n\n");

        out.append("Sign-up (sequential, real SignupService: claim, create + migrate schema, admin account):\n");
        out.append(String.format(Locale.ROOT, "  p50 %d ms, p95 %d ms, min %d ms, max %d ms, mean %.0f ms, total %.1f s%n",
                percentile(signups, 50), percentile(signups, 95), signups[0], signups[signups.length - 1],
                Arrays.stream(signups).average().orElse(0), Arrays.stream(signups).sum() / 1000.0));
        out.append(String.format(Locale.ROOT, "  first 10 sign-ups (ms, in order): %s%n",
                populate.getProperty("signup.first10")));
        out.append('\n');
        out.append("First start-up, empty database (initdb included):\n");
        out.append(line(populate)).append("\n\n");
        out.append("Start-up with ").append(tenants).append(" tenants (each in a new JVM; schemas already up to date,\n")
                .append("so the tenant phase is Flyway checking every schema, ")
                .append(populate.getProperty("migration.threads")).append(" at a time):\n");
        for (int i = 0; i < restarts.size(); i++) {
            out.append("  run ").append(i + 1).append(": ").append(line(restarts.get(i)).strip()).append('\n');
        }
        return out.toString();
    }

    private static String line(Properties p) {
        return String.format(Locale.ROOT,
                "  context refresh (SpringApplication.run) %s ms; of which embedded PostgreSQL start %s ms, "
                        + "database migrations (control + %s tenant schemas) %s ms; JVM start to ready %s ms",
                p.getProperty("run.ms"), p.getProperty("postgres.ms"), p.getProperty("tenants.at.start"),
                p.getProperty("migrations.ms"), p.getProperty("jvm.ms"))
                + "\n      slowest steps (self time): " + p.getProperty("slowest.steps");
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    // ---- one phase in its own JVM --------------------------------------------------------------------

    private static void child(String phase, Path dataDir, int tenants, Path result) throws Exception {
        var timer = new Timer();
        var steps = new BufferingApplicationStartup(50_000);
        var builder = new SpringApplicationBuilder(CarteraApplication.class)
                .applicationStartup(steps)
                .properties(
                        "cartera.data-dir=" + dataDir,
                        "cartera.embedded-db.ephemeral=false",
                        "cartera.demo.enabled=false",
                        // Every workspace is signed up from loopback, far beyond one address's sign-up budget.
                        "cartera.security.signup-limit.per-client=1000000",
                        "server.port=0",
                        "spring.main.banner-mode=off",
                        "logging.level.root=warn",
                        "logging.level.com.cartera.tenancy.TenantSchemaMigrator=info")
                .initializers(context -> context.getBeanFactory().addBeanPostProcessor(timer));
        var results = new Properties();
        long start = System.nanoTime();
        try (ConfigurableApplicationContext context = builder.run()) {
            long runMs = (System.nanoTime() - start) / 1_000_000;
            long jvmMs = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            var jdbc = context.getBean(JdbcTemplate.class);
            int atStart = jdbc.queryForObject("select count(*) from cartera.tenant", Integer.class);
            results.setProperty("run.ms", Long.toString(runMs));
            results.setProperty("jvm.ms", Long.toString(jvmMs));
            results.setProperty("postgres.ms", Long.toString(timer.millis("embeddedPostgres")));
            results.setProperty("migrations.ms", Long.toString(timer.millis("migrations")));
            results.setProperty("tenants.at.start", Integer.toString(atStart));
            results.setProperty("slowest.steps", slowestSteps(steps, 6));
            results.setProperty("migration.threads",
                    context.getEnvironment().getProperty("cartera.tenancy.migration-threads", "4"));
            System.out.printf("[%s] started in %d ms with %d tenants%n", phase, runMs, atStart);
            if (phase.equals("populate")) {
                results.putAll(populate(context.getBean(SignupService.class), tenants));
                int active = jdbc.queryForObject("select count(*) from cartera.tenant where status = 'ACTIVE'",
                        Integer.class);
                if (active != tenants) {
                    throw new IllegalStateException("Expected " + tenants + " active tenants, found " + active);
                }
            } else if (atStart != tenants) {
                throw new IllegalStateException("Expected " + tenants + " tenants at start-up, found " + atStart);
            }
        }
        try (OutputStream out = Files.newOutputStream(result)) {
            results.store(out, phase);
        }
        System.exit(0);
    }

    /** The start-up steps that took longest themselves (their duration less their sub-steps'). */
    private static String slowestSteps(BufferingApplicationStartup startup, int count) {
        var events = startup.getBufferedTimeline().getEvents();
        Map<Long, Long> childMillis = new HashMap<>();
        for (var event : events) {
            Long parent = event.getStartupStep().getParentId();
            if (parent != null) {
                childMillis.merge(parent, event.getDuration().toMillis(), Long::sum);
            }
        }
        return events.stream()
                .map(event -> {
                    var step = event.getStartupStep();
                    long self = event.getDuration().toMillis() - childMillis.getOrDefault(step.getId(), 0L);
                    String bean = "";
                    for (var tag : step.getTags()) {
                        if (tag.getKey().equals("beanName")) {
                            bean = " " + tag.getValue();
                        }
                    }
                    return Map.entry(step.getName() + bean, self);
                })
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(count)
                .map(e -> e.getKey() + " " + e.getValue() + " ms")
                .reduce((a, b) -> a + "; " + b).orElse("");
    }

    private static Properties populate(SignupService signups, int tenants) {
        long[] millis = new long[tenants];
        for (int i = 0; i < tenants; i++) {
            String slug = PREFIX + String.format("%04d", i);
            var form = new SignupForm();
            form.setCompanyName("Empresa " + i);
            form.setSlug(slug);
            form.setAdminName("Admin " + i);
            form.setEmail("admin@" + slug + ".example.com");
            form.setPassword("Prueba-segura-2024");
            long start = System.nanoTime();
            signups.signUp(form, Locale.forLanguageTag("es"), "127.0.0.1");
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            if ((i + 1) % 50 == 0) {
                System.out.printf("[populate] %d/%d sign-ups%n", i + 1, tenants);
            }
        }
        var p = new Properties();
        p.setProperty("signup.ms", String.join(",", Arrays.stream(millis).mapToObj(Long::toString).toList()));
        p.setProperty("signup.first10", Arrays.toString(Arrays.copyOf(millis, Math.min(10, tenants))));
        return p;
    }

    /** Times the embedded server's start and the database migrations (control, then every tenant schema). */
    private static final class Timer implements InstantiationAwareBeanPostProcessor, BeanPostProcessor {

        private final Map<String, Long> started = new ConcurrentHashMap<>();
        private final Map<String, Long> millis = new ConcurrentHashMap<>();

        long millis(String what) {
            return millis.getOrDefault(what, -1L);
        }

        @Override
        public Object postProcessBeforeInstantiation(Class<?> beanClass, String beanName) {
            if (beanName.equals("embeddedPostgres")) {
                started.put(beanName, System.nanoTime());
            }
            return null;
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            Long start = started.remove(beanName);
            if (start != null) {
                millis.put(beanName, (System.nanoTime() - start) / 1_000_000);
            }
            if (bean instanceof FlywayMigrationStrategy strategy) {
                return (FlywayMigrationStrategy) flyway -> {
                    long t0 = System.nanoTime();
                    strategy.migrate(flyway);
                    millis.put("migrations", (System.nanoTime() - t0) / 1_000_000);
                };
            }
            return bean;
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
