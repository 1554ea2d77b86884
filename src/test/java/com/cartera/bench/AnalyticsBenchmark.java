package com.cartera.bench;

import static com.cartera.bench.BenchmarkRun.as;
import static com.cartera.bench.BenchmarkRun.time;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;

import com.cartera.analytics.Period;
import com.cartera.analytics.PortfolioAnalytics;
import com.cartera.analytics.RefreshResult;
import com.cartera.analytics.prediction.PredictionService;
import com.cartera.commerce.Product;
import com.cartera.commerce.ProductService;
import com.cartera.commerce.PurchaseDraft;
import com.cartera.commerce.PurchaseService;
import com.cartera.commerce.SalesChannel;
import com.cartera.security.Role;
import com.cartera.security.SignInService;
import com.cartera.security.SignedInUser;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Analytics benchmark, not a test: the analytics engine on one workspace with a million customers and five million
 * purchases over five years. Run with {@code ./mvnw -B -Panalytics-benchmark test-compile exec:exec} (size:
 * {@code -Dbenchmark.customers=1000000}, purchases five per customer; timed dashboard runs:
 * {@code -Dbenchmark.repetitions=20}; without the model fit: {@code -Dbenchmark.fit=false}).
 *
 * <p>The application starts on its own embedded PostgreSQL in {@code target/analytics-benchmark-<customers>/}. The
 * first run signs up a workspace with twenty salespeople and seeds it with {@link PortfolioSeed} (seasonal: three
 * purchases in ten in the Christmas weeks) plus a move to LOST by hand for every customer in stage LOST; later runs
 * reuse that database. Then it measures, signed in as the admin: the full rebuild of the aggregate tables; 1,000 new
 * purchases recorded through {@link PurchaseService} and the incremental refresh that follows; the nightly model
 * fit; and the server time of the management dashboard (KPIs, trend, cohorts and figures per owner of the last
 * 12 months) and, signed in as the salesperson with the largest portfolio, of the sales dashboard (their KPIs, trend
 * and own rows per month), p50/p95 over the timed runs after {@value #WARM_UP} warm-up runs. The figures go to
 * {@code target/benchmarks/analytics.txt}.
 */
public final class AnalyticsBenchmark {

    private static final int WARM_UP = 3;
    private static final int OWNERS = 20;
    private static final int NEW_PURCHASES = 1_000;

    private AnalyticsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int customers = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0]) : 1_000_000;
        int repetitions = args.length > 1 && !args[1].isBlank() ? Integer.parseInt(args[1]) : 20;
        boolean fit = args.length <= 2 || args[2].isBlank() || Boolean.parseBoolean(args[2]);
        int purchases = customers * 5;
        Path dataDir = Path.of("target", "analytics-benchmark-" + customers).toAbsolutePath();
        Path outDir = Path.of("target", "benchmarks").toAbsolutePath();
        Files.createDirectories(outDir);
        String slug = "bench-analytics-" + customers;
        // The benchmark refreshes and fits by itself; BenchmarkRun starts with no scheduled job.
        try (ConfigurableApplicationContext context = BenchmarkRun.start(dataDir,
                "--logging.level.com.cartera.analytics=info")) {
            var jdbc = context.getBean(JdbcTemplate.class);
            var report = new StringBuilder("Cartera analytics benchmark\n")
                    .append("date:      ").append(DateTimeFormatter.ISO_INSTANT.format(Instant.now())).append('\n')
                    .append("size:      ").append(customers).append(" customers, ").append(purchases)
                    .append(" purchases over five years, ").append(OWNERS).append(" owners\n")
                    .append("cpus:      ").append(Runtime.getRuntime().availableProcessors()).append('\n');
            SignedInUser admin;
            if (BenchmarkRun.workspaceExists(jdbc, slug)) {
                admin = BenchmarkRun.signedIn(context, BenchmarkRun.adminEmail(slug));
                report.append("seed:      reused the database in ").append(dataDir).append('\n');
            } else {
                long t0 = System.nanoTime();
                admin = BenchmarkRun.signUp(context, slug, "Distribuciones Analítica");
                List<UUID> owners = BenchmarkRun.addPeople(context, admin, slug, Role.SALES, "comercial",
                        IntStream.range(0, OWNERS).mapToObj(i -> "Comercial " + i).toList());
                seed(context, admin, customers, purchases, owners);
                report.append("seed:      ").append(seconds(t0)).append(" s\n");
            }
            System.out.print(report);
            String schema = admin.workspace().tenant().schema();
            UUID largestOwner = jdbc.queryForObject("select owner_id from \"" + schema + "\".customer"
                    + " where owner_id is not null group by owner_id order by count(*) desc limit 1", UUID.class);
            SignedInUser seller = context.getBean(SignInService.class).signedIn(largestOwner).orElseThrow();
            var analytics = context.getBean(PortfolioAnalytics.class);

            RefreshResult rebuilt = as(admin, analytics::rebuild);
            report.append(line("full rebuild of the aggregates (%d customers)".formatted(rebuilt.customers()),
                    rebuilt.millis()));
            long t0 = System.nanoTime();
            recordPurchases(context, admin, schema, jdbc);
            report.append(line("%d purchases recorded through PurchaseService".formatted(NEW_PURCHASES),
                    (System.nanoTime() - t0) / 1_000_000));
            RefreshResult refreshed = as(admin, analytics::refresh);
            report.append(line("incremental refresh after them (%d customers)".formatted(refreshed.customers()),
                    refreshed.millis()));
            if (fit) {
                t0 = System.nanoTime();
                as(admin, () -> context.getBean(PredictionService.class).refitNow());
                report.append(line("nightly model fit (BG/NBD + Gamma-Gamma, scores)",
                        (System.nanoTime() - t0) / 1_000_000));
            } else {
                report.append("nightly model fit: not measured (-Dbenchmark.fit=false)\n");
            }
            System.out.print(report);

            LocalDate today = LocalDate.now(ZoneId.of(jdbc.queryForObject("select time_zone from \"" + schema
                    + "\".workspace_settings", String.class)));
            LocalDate firstOfMonth = today.withDayOfMonth(1);
            Period last12 = Period.of(firstOfMonth.minusMonths(11), today.plusDays(1));
            BenchmarkRun.Timing management = time(WARM_UP, repetitions, () -> as(admin, () -> {
                analytics.kpis(last12, null);
                analytics.trend(last12, null);
                analytics.cohorts(YearMonth.from(last12.from()), YearMonth.from(today));
                return (long) analytics.byOwner(last12).size();
            }));
            BenchmarkRun.Timing sales = time(WARM_UP, repetitions, () -> as(seller, () -> {
                analytics.kpis(last12, null);
                analytics.trend(last12, null);
                return (long) analytics.byOwner(last12).size();
            }));
            report.append('\n').append("dashboards, last 12 months ").append(last12.from()).append(" – ")
                    .append(last12.lastDay()).append(", ").append(repetitions).append(" timed runs after ")
                    .append(WARM_UP).append(" warm-up runs:\n")
                    .append(management.line("management: kpis + trend + cohorts + byOwner"))
                    .append(sales.line("sales (largest portfolio): kpis + trend + byOwner"))
                    .append("load average after measuring ").append(BenchmarkRun.loadAverage()).append('\n');
            Path file = outDir.resolve("analytics.txt");
            Files.writeString(file, report, StandardCharsets.UTF_8);
            System.out.println(report);
            System.out.println("Written to " + file);
        }
        System.exit(0);
    }

    private static String line(String what, long millis) {
        return String.format(Locale.ROOT, "%-58s %8d ms%n", what, millis);
    }

    private static long seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000_000;
    }

    /** New purchases of random customers who bought before, one per call of the product's purchase service. */
    private static void recordPurchases(ConfigurableApplicationContext context, SignedInUser admin, String schema,
                                        JdbcTemplate jdbc) {
        var product = new Product();
        product.setName("Lote benchmark " + UUID.randomUUID().toString().substring(0, 8));
        product.setSku("BEN-" + UUID.randomUUID().toString().substring(0, 8));
        product.setUnitPrice(new BigDecimal("49.90"));
        Product saved = as(admin, () -> context.getBean(ProductService.class).save(product));
        List<Long> buyers = jdbc.queryForList("select id from \"" + schema + "\".customer where deleted_at is null"
                + " and purchase_count > 0 and lifecycle_stage <> 'LOST' order by id limit 200000", Long.class);
        var purchaseService = context.getBean(PurchaseService.class);
        var random = new Random(2026);
        LocalDate today = LocalDate.now();
        for (int i = 0; i < NEW_PURCHASES; i++) {
            long customer = buyers.get(random.nextInt(buyers.size()));
            var draft = new PurchaseDraft(today.minusDays(random.nextInt(3)), SalesChannel.STORE, null, null,
                    List.of(new PurchaseDraft.Line(saved.getId(), BigDecimal.ONE, null)));
            as(admin, () -> purchaseService.record(customer, draft));
        }
    }

    /**
     * The portfolio seed, then a move to LOST by hand for each customer in stage LOST, some days after their last
     * purchase (or their creation) and at least a day ago, so that the incremental refresh does not take them for
     * recent changes; on the superuser's connection, as the portfolio benchmark seeds.
     */
    private static void seed(ConfigurableApplicationContext context, SignedInUser admin, int customers,
                             int purchases, List<UUID> owners) throws Exception {
        BenchmarkRun.seed(context, admin, connection -> {
            new PortfolioSeed(connection, customers, purchases, owners, admin.userId(), true).run();
            try (var statement = connection.createStatement()) {
                statement.execute("""
                        insert into lifecycle_change (customer_id, from_stage, to_stage, changed_at, changed_by)
                        select id, 'INACTIVE', 'LOST',
                               least(now() - interval '1 day',
                                     coalesce(last_purchase_on + 400, cast(created_at as date) + 30) + time '09:15'),
                               null
                        from customer where lifecycle_stage = 'LOST'""");
                statement.execute("vacuum (analyze) lifecycle_change");
            }
            return null;
        });
    }
}
