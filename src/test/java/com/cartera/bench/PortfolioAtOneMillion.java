package com.cartera.bench;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongSupplier;

import com.cartera.customer.AlertColour;
import com.cartera.customer.CustomerFilter;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.ValueTier;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.security.WorkspaceAuthentication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Portfolio benchmark, not a test: how fast the customer grid's queries are on one workspace with a
 * million customers and five million purchases. Run with
 * {@code ./mvnw -B -Pportfolio-benchmark test-compile exec:exec} (size: {@code -Dbenchmark.customers=1000000};
 * purchases are five per customer; repetitions: {@code -Dbenchmark.repetitions=25}).
 *
 * <p>The application starts on its own embedded PostgreSQL with its data in
 * {@code target/portfolio-benchmark-<customers>/}. The first run signs up a workspace, adds twenty
 * salespeople and seeds it with {@link PortfolioSeed}; later runs with the same size reuse that database
 * (delete the directory to seed again). Then, signed in as the workspace's admin, it calls the grid's own
 * {@link CustomerService} methods for typical filters and sorts: the first page of 50, a deep page (offset
 * 5,000) for some, the exact count and the count up to 100,000 the grid shows; each after
 * {@value #WARM_UP} warm-up rounds. The table goes to {@code target/benchmarks/portfolio-<customers>.txt}.
 */
public final class PortfolioAtOneMillion {

    private static final int PAGE_SIZE = 50;
    private static final int DEEP_OFFSET = 5_000;
    private static final int COUNT_LIMIT = 100_000;
    private static final int WARM_UP = 3;
    private static final int OWNERS = 20;
    private static final String[] OWNER_NAMES = {"Lucía Romero", "Javier Ortega", "Marta Iglesias", "Sergio Navarro",
            "Elena Vidal", "Pablo Herrera", "Nuria Castells", "Diego Morales", "Irene Santos", "Álvaro Prieto",
            "Carmen Rubio", "Jorge Medina", "Sofía Delgado", "Raúl Cabrera", "Ainhoa Etxeberria", "Iván Peña",
            "Beatriz León", "Óscar Fuentes", "Rocío Campos", "Xavier Puig"};

    private PortfolioAtOneMillion() {
    }

    /** A grid query to measure: the filter, the sort, and whether to fetch a deep page too. */
    private record Case(String name, CustomerFilter filter, Sort sort, boolean deep) {
    }

    private record Timing(long[] millis) {
        String p50() {
            return millis.length == 0 ? "-" : Long.toString(percentile(50));
        }

        String p95() {
            return millis.length == 0 ? "-" : Long.toString(percentile(95));
        }

        /** Nearest rank. */
        private long percentile(int percent) {
            long[] sorted = millis.clone();
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
            return sorted[Math.max(0, rank - 1)];
        }
    }

    public static void main(String[] args) throws Exception {
        int customers = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0]) : 1_000_000;
        int repetitions = args.length > 1 && !args[1].isBlank() ? Integer.parseInt(args[1]) : 25;
        int purchases = customers * 5;
        Path dataDir = Path.of("target", "portfolio-benchmark-" + customers).toAbsolutePath();
        Path outDir = Path.of("target", "benchmarks").toAbsolutePath();
        Files.createDirectories(outDir);
        String slug = "bench-portfolio-" + customers;
        try (ConfigurableApplicationContext context = BenchmarkRun.start(dataDir)) {
            var jdbc = context.getBean(JdbcTemplate.class);
            String seedReport;
            SignedInUser admin;
            if (BenchmarkRun.workspaceExists(jdbc, slug)) {
                admin = BenchmarkRun.signedIn(context, BenchmarkRun.adminEmail(slug));
                seedReport = "seed: reused the database seeded by an earlier run in " + dataDir + "\n";
                System.out.println("Reusing the seeded workspace " + slug);
            } else {
                long t0 = System.nanoTime();
                admin = BenchmarkRun.signUp(context, slug, "Distribuciones Benchmark");
                List<UUID> owners = BenchmarkRun.addPeople(context, admin, slug, Role.SALES, "comercial",
                        List.of(OWNER_NAMES));
                SignedInUser signedUp = admin;
                Map<String, Long> steps = BenchmarkRun.seed(context, admin, connection ->
                        new PortfolioSeed(connection, customers, purchases, owners, signedUp.userId()).run());
                long seconds = (System.nanoTime() - t0) / 1_000_000_000;
                seedReport = "seed: %d customers, %d purchases in %d s (%s)%n".formatted(customers, purchases, seconds,
                        steps.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() / 1000.0 + " s")
                                .reduce((a, b) -> a + ", " + b).orElse(""));
                System.out.print(seedReport);
            }
            var security = SecurityContextHolder.createEmptyContext();
            security.setAuthentication(new WorkspaceAuthentication(admin));
            SecurityContextHolder.setContext(security);
            var service = context.getBean(CustomerService.class);
            String report = header(customers, purchases, repetitions, jdbc, admin) + seedReport + "\n"
                    + measure(service, cases(jdbc, admin), repetitions);
            Path file = outDir.resolve("portfolio-" + customers + ".txt");
            Files.writeString(file, report, StandardCharsets.UTF_8);
            System.out.println(report);
            System.out.println("Written to " + file);
        }
        System.exit(0);
    }

    private static List<Case> cases(JdbcTemplate jdbc, SignedInUser admin) {
        String schema = admin.workspace().tenant().schema();
        UUID owner = jdbc.queryForObject("select owner_id from \"" + schema + "\".customer where owner_id is not null"
                + " group by owner_id order by count(*) desc limit 1", UUID.class);
        long vip = tagId(jdbc, schema, "VIP");
        long newsletter = tagId(jdbc, schema, "Boletín");
        LocalDate today = LocalDate.now();
        var none = CustomerFilter.NONE;
        Sort byName = Sort.by("name");
        Sort byRevenue = Sort.by(Sort.Direction.DESC, "revenue");
        Sort byLastPurchase = Sort.by(Sort.Direction.DESC, "lastPurchaseOn");
        return List.of(
                new Case("all, by name", none, byName, true),
                new Case("all, by name desc", none, byName.descending(), false),
                new Case("all, by CLV desc", none, byRevenue, true),
                new Case("all, by last purchase desc", none, byLastPurchase, true),
                new Case("all, by owner", none, Sort.by("owner.displayName"), true),
                new Case("all, by created desc", none, Sort.by(Sort.Direction.DESC, "createdAt"), false),
                new Case("all, by city", none, Sort.by("city"), false),
                new Case("all, by stage", none, Sort.by("lifecycleStage"), false),
                new Case("text 'garcia', by name", none.withText("garcia"), byName, true),
                new Case("text rare '" + PortfolioSeed.RARE_SURNAME.toLowerCase(Locale.ROOT) + "'",
                        none.withText(PortfolioSeed.RARE_SURNAME.toLowerCase(Locale.ROOT)), byName, false),
                new Case("text 'ma' (2 letters), by name", none.withText("ma"), byName, false),
                new Case("owner (largest portfolio), by name", none.withOwners(Set.of(owner), false), byName, true),
                new Case("unassigned, by name", none.withOwners(Set.of(), true), byName, false),
                new Case("stage ACTIVE + tier KEY, by name",
                        none.withStages(Set.of(LifecycleStage.ACTIVE)).withTiers(Set.of(ValueTier.KEY)), byName, false),
                new Case("tag VIP, by name", none.withTagIds(Set.of(vip)), byName, false),
                new Case("city Madrid, by name", none.withPlace("Madrid", null), byName, true),
                new Case("sector Hostelería, by CLV desc", none.withSector("Hostelería"), byRevenue, false),
                new Case("alert RED, by name", none.withAlerts(Set.of(AlertColour.RED)), byName, false),
                new Case("churn risk: last purchase before " + today.minusYears(1) + ", by CLV desc",
                        none.withLastPurchase(null, today.minusYears(1)), byRevenue, true),
                new Case("CLV 1.000-5.000, by CLV desc",
                        none.withClv(new BigDecimal("1000"), new BigDecimal("5000")), byRevenue, false),
                new Case("owner + ACTIVE + Madrid + text 'mar', by name",
                        none.withOwners(Set.of(owner), false).withStages(Set.of(LifecycleStage.ACTIVE))
                                .withPlace("Madrid", null).withText("mar"), byName, false),
                new Case("tag Boletín + tier STRATEGIC/KEY + bought in last 90 days, by last purchase desc",
                        none.withTagIds(Set.of(newsletter)).withTiers(Set.of(ValueTier.STRATEGIC, ValueTier.KEY))
                                .withLastPurchase(today.minusDays(90), null), byLastPurchase, false),
                new Case("bin (deleted), by name", none.withDeleted(true), byName, false));
    }

    private static long tagId(JdbcTemplate jdbc, String schema, String name) {
        return jdbc.queryForObject("select id from \"" + schema + "\".tag where name = ?", Long.class, name);
    }

    private static String measure(CustomerService service, List<Case> cases, int repetitions) {
        // One untimed round over every case first, so that no case pays for the JVM's warm-up.
        for (Case c : cases) {
            service.page(c.filter(), PageRequest.of(0, PAGE_SIZE, c.sort()));
            service.countUpTo(c.filter(), COUNT_LIMIT);
        }
        var table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "%-80s %9s | %7s %7s | %7s %7s | %7s %7s | %7s %7s%n", "case",
                "matches", "page", "p95", "deep", "p95", "count", "p95", "capped", "p95"));
        table.append(String.format(Locale.ROOT, "%-80s %9s | %7s %7s | %7s %7s | %7s %7s | %7s %7s%n", "",
                "", "p50 ms", "ms", "p50 ms", "ms", "p50 ms", "ms", "p50 ms", "ms"));
        for (Case c : cases) {
            var first = PageRequest.of(0, PAGE_SIZE, c.sort());
            var deep = PageRequest.of(DEEP_OFFSET / PAGE_SIZE, PAGE_SIZE, c.sort());
            Timing page = time(repetitions, () -> service.page(c.filter(), first).size());
            Timing deepPage = c.deep() ? time(repetitions, () -> service.page(c.filter(), deep).size())
                    : new Timing(new long[0]);
            Timing count = time(repetitions, () -> service.count(c.filter()));
            Timing capped = time(repetitions, () -> service.countUpTo(c.filter(), COUNT_LIMIT).value());
            long matches = service.count(c.filter());
            String line = String.format(Locale.ROOT, "%-80s %9d | %7s %7s | %7s %7s | %7s %7s | %7s %7s%n",
                    c.name(), matches, page.p50(), page.p95(), deepPage.p50(), deepPage.p95(), count.p50(),
                    count.p95(), capped.p50(), capped.p95());
            System.out.print(line);
            table.append(line);
        }
        return table.append("load average after measuring ").append(BenchmarkRun.loadAverage()).append('\n').toString();
    }

    private static Timing time(int repetitions, LongSupplier work) {
        for (int i = 0; i < WARM_UP; i++) {
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

    private static String header(int customers, int purchases, int repetitions, JdbcTemplate jdbc,
                                 SignedInUser admin) {
        String schema = admin.workspace().tenant().schema();
        return "Cartera portfolio benchmark\n"
                + "date:      " + DateTimeFormatter.ISO_INSTANT.format(Instant.now()) + "\n"
                + "machine:   " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", load average before measuring " + BenchmarkRun.loadAverage() + "\n"
                + "database:  embedded " + jdbc.queryForObject("select version()", String.class).split(",")[0]
                + ", shared_buffers " + jdbc.queryForObject("show shared_buffers", String.class)
                + ", work_mem " + jdbc.queryForObject("show work_mem", String.class) + "\n"
                + "workspace: " + customers + " customers, " + purchases + " purchases; customer table "
                + jdbc.queryForObject("select pg_size_pretty(pg_total_relation_size('\"" + schema
                + "\".customer'))", String.class) + " with indexes\n"
                + "method:    CustomerService as the grid calls it, signed in as the admin; page = page(filter, "
                + PAGE_SIZE + " rows), deep = offset " + DEEP_OFFSET + ", count = count(filter),\n"
                + "           capped = countUpTo(filter, " + COUNT_LIMIT + "); " + WARM_UP + " warm-up calls then "
                + repetitions + " timed calls each, p50/p95 by nearest rank\n";
    }
}
