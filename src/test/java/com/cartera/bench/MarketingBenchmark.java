package com.cartera.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import com.cartera.analytics.MarketingAnalytics;
import com.cartera.analytics.MarketingHome;
import com.cartera.analytics.Period;
import com.cartera.analytics.PortfolioAnalytics;
import com.cartera.analytics.RefreshResult;
import com.cartera.analytics.SourceCac;
import com.cartera.customer.CustomerFilter;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.SavedViewDefinition;
import com.cartera.customer.SavedViewService;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.marketing.TargetKind;
import com.cartera.marketing.TargetListSummary;
import com.cartera.marketing.TargetLists;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Marketing benchmark, not a test: the marketing home, CAC by source and building a target list on one workspace
 * with a million customers, {@value MarketingSeed#CAMPAIGNS} campaigns of {@value MarketingSeed#MEMBERS} list members
 * each and five years of spend. Run with {@code ./mvnw -B -Pmarketing-benchmark test-compile exec:exec} (size:
 * {@code -Dbenchmark.customers=1000000}, purchases three per customer; timed calls:
 * {@code -Dbenchmark.repetitions=30}).
 *
 * <p>The application starts on its own embedded PostgreSQL in {@code target/marketing-benchmark-<customers>/}, every
 * scheduled job off. The first run signs up a workspace with twenty salespeople and a marketing person, seeds the
 * customers and purchases with {@link PortfolioSeed} and the marketing tables with {@link MarketingSeed}; later
 * runs reuse that database. Every run rebuilds the analytics aggregates as the admin
 * ({@link PortfolioAnalytics#rebuild}, timed), so that they hold what the code of this run reads. Then, signed in as
 * the marketing person, it times {@link MarketingAnalytics#home} and {@link MarketingAnalytics#cacBySource} for the
 * last 12 months, and {@link TargetLists#build} from the shared saved view of the leads (about 200,000 customers),
 * {@value #BUILDS} times, each for a fresh campaign. The figures go to {@code target/benchmarks/marketing.txt}.
 */
public final class MarketingBenchmark {

    private static final int WARM_UP = 3;
    private static final int BUILDS = 3;
    private static final List<String> OWNERS = IntStream.rangeClosed(1, 20).mapToObj(i -> "Comercial " + i).toList();
    /** The shared saved view target lists are built from: the leads, about a fifth of the workspace. */
    static final String LEADS_VIEW = "Leads para nutrir";

    private MarketingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int customers = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0]) : 1_000_000;
        int repetitions = args.length > 1 && !args[1].isBlank() ? Integer.parseInt(args[1]) : 30;
        int purchases = customers * 3;
        Path dataDir = Path.of("target", "marketing-benchmark-" + customers).toAbsolutePath();
        Path outDir = Path.of("target", "benchmarks").toAbsolutePath();
        Files.createDirectories(outDir);
        String slug = "bench-marketing-" + customers;
        try (ConfigurableApplicationContext context = BenchmarkRun.start(dataDir,
                "--logging.level.com.cartera.analytics=info")) {
            var jdbc = context.getBean(JdbcTemplate.class);
            String seedReport;
            if (BenchmarkRun.workspaceExists(jdbc, slug)) {
                seedReport = "seed:      reused the database seeded by an earlier run in " + dataDir + "\n";
            } else {
                long t0 = System.nanoTime();
                SignedInUser admin = BenchmarkRun.signUp(context, slug, "Distribuciones Marketing");
                List<UUID> owners = BenchmarkRun.addPeople(context, admin, slug, Role.SALES, "comercial", OWNERS);
                UUID marketer = BenchmarkRun.addPeople(context, admin, slug, Role.MARKETING, "marketing",
                        List.of("Marta Marketing")).getFirst();
                var steps = new LinkedHashMap<String, Long>();
                BenchmarkRun.seed(context, admin, connection -> {
                    steps.putAll(new PortfolioSeed(connection, customers, purchases, owners, admin.userId()).run());
                    steps.putAll(new MarketingSeed(connection, marketer).run());
                    return steps;
                });
                seedReport = "seed:      %d customers, %d purchases and the marketing tables in %d s (%s)%n".formatted(
                        customers, purchases, (System.nanoTime() - t0) / 1_000_000_000, describe(steps));
            }
            System.out.print(seedReport);
            SignedInUser admin = BenchmarkRun.signedIn(context, BenchmarkRun.adminEmail(slug));
            SignedInUser marketer = BenchmarkRun.signedIn(context, "marketing0@" + slug + ".example.com");
            String schema = admin.workspace().tenant().schema();
            RefreshResult rebuilt = BenchmarkRun.as(admin, context.getBean(PortfolioAnalytics.class)::rebuild);
            long view = leadsView(context, marketer);
            String report = header(customers, purchases, repetitions, jdbc, schema) + seedReport
                    + "rebuild:   analytics aggregates of %d customers in %.1f s%n".formatted(rebuilt.customers(),
                    rebuilt.millis() / 1000.0)
                    + "view:      shared saved view '%s' (id %d, stage LEAD) matches %d customers%n".formatted(
                    LEADS_VIEW, view, jdbc.queryForObject("select count(*) from \"" + schema + "\".customer"
                            + " where lifecycle_stage = 'LEAD' and deleted_at is null", Long.class))
                    + "leads:     " + jdbc.queryForObject("select count(*) || ' created as leads, '"
                    + " || count(converted_on) || ' of them became customers' from \"" + schema
                    + "\".analytics_lead", String.class) + "\n"
                    + measureFigures(context, marketer, repetitions)
                    + measureBuilds(context, marketer, schema, view)
                    + "load average after measuring " + BenchmarkRun.loadAverage() + "\n";
            Path file = outDir.resolve("marketing.txt");
            Files.writeString(file, report, StandardCharsets.UTF_8);
            System.out.println(report);
            System.out.println("Written to " + file);
        }
        System.exit(0);
    }

    /**
     * The marketing home and the CAC-by-source table for the last 12 months as the marketing person: the first call
     * after the rebuild (nothing kept in memory yet), then warm-up and timed calls.
     */
    private static String measureFigures(ConfigurableApplicationContext context, SignedInUser marketer,
                                         int repetitions) {
        var marketing = context.getBean(MarketingAnalytics.class);
        LocalDate today = BenchmarkRun.as(marketer, context.getBean(WorkspaceCalendar.class)::today);
        Period year = Period.of(today.withDayOfMonth(1).minusMonths(11), today.plusDays(1));
        long t0 = System.nanoTime();
        List<SourceCac> table = BenchmarkRun.as(marketer, () -> marketing.cacBySource(year));
        long firstCac = (System.nanoTime() - t0) / 1_000_000;
        t0 = System.nanoTime();
        MarketingHome home = BenchmarkRun.as(marketer, () -> marketing.home(year));
        long firstHome = (System.nanoTime() - t0) / 1_000_000;
        BenchmarkRun.Timing homeTiming = BenchmarkRun.time(WARM_UP, repetitions,
                () -> BenchmarkRun.as(marketer, () -> marketing.home(year)).bySource().size());
        BenchmarkRun.Timing cacTiming = BenchmarkRun.time(WARM_UP, repetitions,
                () -> BenchmarkRun.as(marketer, () -> marketing.cacBySource(year)).size());
        var out = new StringBuilder("\nLast 12 months, " + year.from() + " to " + year.lastDay()
                + ", signed in as the marketing person (target: p95 < 300 ms)\n")
                .append(homeTiming.line("marketing home: MarketingAnalytics.home"))
                .append(cacTiming.line("CAC by source: MarketingAnalytics.cacBySource"))
                .append(String.format(Locale.ROOT, "%-58s home %6d ms   CAC by source %6d ms%n",
                        "first call after the rebuild (nothing cached)", firstHome, firstCac))
                .append(String.format(Locale.ROOT, "home holds %d sources, %d months of CAC, %d campaigns with"
                                + " figures, %d running campaigns%n", home.bySource().size(), home.cacTrend().size(),
                        home.byCampaign().size(), home.running().size()))
                .append(String.format(Locale.ROOT, "%n%-18s %12s %8s %10s %10s %8s %9s %7s%n", "source", "spend",
                        "new", "CAC", "lagged", "leads", "converted", "rate"));
        for (SourceCac row : table) {
            out.append(String.format(Locale.ROOT, "%-18s %12s %8d %10s %10s %8d %9d %7s%n",
                    row.code() != null ? row.code() : String.valueOf(row.name()), row.spend(), row.newCustomers(),
                    row.cac(), row.laggedCac(), row.leads(), row.converted(), row.conversionRate()));
        }
        System.out.print(out);
        return out.toString();
    }

    /**
     * {@value #BUILDS} target lists built from the leads' saved view, each for a fresh e-mail campaign that is
     * deleted with its list afterwards, so that a later run finds the workspace as seeded.
     */
    private static String measureBuilds(ConfigurableApplicationContext context, SignedInUser marketer, String schema,
                                        long view) {
        var jdbc = context.getBean(JdbcTemplate.class);
        var lists = context.getBean(TargetLists.class);
        var out = new StringBuilder("\nTarget list from the saved view '" + LEADS_VIEW
                + "' for an e-mail campaign (target: < 10 s)\n");
        for (int i = 1; i <= BUILDS; i++) {
            int run = i;
            long campaign = jdbc.queryForObject("insert into \"" + schema + "\".campaign (name, channel, source_id,"
                    + " starts_on, ends_on, status, owner_id, created_at, created_by, updated_at, updated_by)"
                    + " select ?, 'EMAIL', id, current_date, current_date + 30, 'PLANNED', ?, now(), ?, now(), ?"
                    + " from \"" + schema + "\".marketing_source where code = 'EMAIL' returning id", Long.class,
                    "Benchmark " + UUID.randomUUID(), marketer.userId(), marketer.userId(), marketer.userId());
            try {
                long t0 = System.nanoTime();
                TargetListSummary list = BenchmarkRun.as(marketer, () -> lists.build(campaign, TargetKind.SAVED_VIEW,
                        Long.toString(view), "Leads para nutrir " + run));
                double seconds = (System.nanoTime() - t0) / 1e9;
                out.append(String.format(Locale.ROOT, "build %d: %6.1f s   %d members, %d left out%n", run, seconds,
                        list.members(), list.excluded()));
            } finally {
                jdbc.update("delete from \"" + schema + "\".target_list where campaign_id = ?", campaign);
                jdbc.update("delete from \"" + schema + "\".campaign where id = ?", campaign);
            }
        }
        System.out.print(out);
        return out.toString();
    }

    /** The shared saved view of the leads, made by the marketing person on the first run. */
    private static long leadsView(ConfigurableApplicationContext context, SignedInUser marketer) {
        var views = context.getBean(SavedViewService.class);
        return BenchmarkRun.as(marketer, () -> views.available().stream()
                .filter(v -> v.getName().equals(LEADS_VIEW)).findFirst()
                .orElseGet(() -> views.create(LEADS_VIEW, true, new SavedViewDefinition(
                        CustomerFilter.NONE.withStages(Set.of(LifecycleStage.LEAD)), List.of(), List.of()))))
                .getId();
    }

    private static String describe(Map<String, Long> steps) {
        return steps.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() / 1000.0 + " s")
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    private static String header(int customers, int purchases, int repetitions, JdbcTemplate jdbc, String schema) {
        return "Cartera marketing benchmark\n"
                + "date:      " + DateTimeFormatter.ISO_INSTANT.format(Instant.now()) + "\n"
                + "machine:   " + BenchmarkRun.machine(jdbc) + "; load average before measuring "
                + BenchmarkRun.loadAverage() + "\n"
                + "workspace: " + customers + " customers, " + purchases + " purchases; "
                + count(jdbc, schema, "campaign") + " campaigns, " + count(jdbc, schema, "target_list_member")
                + " list members, " + count(jdbc, schema, "marketing_spend") + " spend entries, "
                + count(jdbc, schema, "customer_attribution") + " attributions\n"
                + "           " + jdbc.queryForObject("select count(*) filter (where first_campaign_id is not null)"
                + " || ' first attributed to a campaign, ' || count(*) filter (where touch_campaign_id is not null)"
                + " || ' touched by one' from \"" + schema + "\".customer_attribution", String.class)
                + "; list members by status " + jdbc.queryForObject("select string_agg(status || ' ' || n, ', '"
                + " order by n desc) from (select status, count(*) as n from \"" + schema
                + "\".target_list_member group by status) s", String.class) + "\n"
                + "method:    " + WARM_UP + " warm-up calls then " + repetitions
                + " timed calls each, p50/p95 by nearest rank\n";
    }

    private static long count(JdbcTemplate jdbc, String schema, String table) {
        return jdbc.queryForObject("select count(*) from \"" + schema + "\"." + table, Long.class);
    }
}
