package com.cartera.bench;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;

import com.cartera.analytics.Period;
import com.cartera.analytics.PortfolioAnalytics;
import com.cartera.analytics.Profitability;
import com.cartera.analytics.RefreshResult;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.finance.Ageing;
import com.cartera.finance.ReceivablesFigures;
import com.cartera.finance.Statement;
import com.cartera.finance.Statements;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finance benchmark, not a test: ageing of the whole workspace as of a day, the finance home and one customer's
 * statement on one workspace with a million customers and five million invoices with their payments. Run with
 * {@code ./mvnw -B -Pfinance-benchmark test-compile exec:exec} (sizes: {@code -Dbenchmark.customers=1000000
 * -Dbenchmark.invoices=5000000}, purchases three per customer; timed calls: {@code -Dbenchmark.repetitions=30}).
 *
 * <p>The application starts on its own embedded PostgreSQL in {@code target/finance-benchmark-<customers>-<invoices>/},
 * every scheduled job off. The first run signs up a workspace with twenty salespeople and a finance person, seeds the
 * customers and purchases with {@link PortfolioSeed} and the finance tables with {@link FinanceSeed}; later runs
 * reuse that database. Every run checks that the invoices' open amounts, the per-customer sums and the daily sums of
 * the ledger agree, and rebuilds the analytics aggregates as the admin (the home's revenue cards read them). Then,
 * signed in as the finance person, it times {@link ReceivablesFigures#ageing} as of today and a year ago, the finance
 * home (every read {@code FinanceDashboardView} makes for its default period, the year to date, in one timed unit,
 * and each card's reads apart) and {@link Statements#of} for the last year of the customer with the most invoices in
 * that year and of the median one; each {@value #WARM_UP} warm-up calls, then the timed ones. The figures go to
 * {@code target/benchmarks/finance.txt}.
 */
public final class FinanceBenchmark {

    private static final int WARM_UP = 3;
    private static final List<String> OWNERS = IntStream.rangeClosed(1, 20).mapToObj(i -> "Comercial " + i).toList();

    private FinanceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int customers = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0]) : 1_000_000;
        int invoices = args.length > 1 && !args[1].isBlank() ? Integer.parseInt(args[1]) : 5_000_000;
        int repetitions = args.length > 2 && !args[2].isBlank() ? Integer.parseInt(args[2]) : 30;
        int purchases = customers * 3;
        Path dataDir = Path.of("target", "finance-benchmark-" + customers + "-" + invoices).toAbsolutePath();
        Path outDir = Path.of("target", "benchmarks").toAbsolutePath();
        Files.createDirectories(outDir);
        String slug = "bench-finance-" + customers;
        try (ConfigurableApplicationContext context = BenchmarkRun.start(dataDir)) {
            var jdbc = context.getBean(JdbcTemplate.class);
            String seedReport;
            if (BenchmarkRun.workspaceExists(jdbc, slug)) {
                seedReport = "seed:      reused the database seeded by an earlier run in " + dataDir + "\n";
            } else {
                long t0 = System.nanoTime();
                SignedInUser admin = BenchmarkRun.signUp(context, slug, "Distribuciones Finanzas");
                List<UUID> owners = BenchmarkRun.addPeople(context, admin, slug, Role.SALES, "comercial", OWNERS);
                UUID clerk = BenchmarkRun.addPeople(context, admin, slug, Role.FINANCE, "finanzas",
                        List.of("Fina Finanzas")).getFirst();
                var steps = new LinkedHashMap<String, Long>();
                BenchmarkRun.seed(context, admin, connection -> {
                    steps.putAll(new PortfolioSeed(connection, customers, purchases, owners, admin.userId()).run());
                    steps.putAll(new FinanceSeed(connection, invoices, clerk).run());
                    return steps;
                });
                seedReport = "seed:      %d customers, %d purchases, %d invoices in %d s (%s)%n".formatted(customers,
                        purchases, invoices, (System.nanoTime() - t0) / 1_000_000_000, describe(steps));
            }
            System.out.print(seedReport);
            SignedInUser admin = BenchmarkRun.signedIn(context, BenchmarkRun.adminEmail(slug));
            SignedInUser clerk = BenchmarkRun.signedIn(context, "finanzas0@" + slug + ".example.com");
            String schema = admin.workspace().tenant().schema();
            String check = BenchmarkRun.seed(context, admin, connection -> {
                try (var sql = connection.createStatement()) {
                    return FinanceSeed.check(sql);
                }
            });
            RefreshResult rebuilt = BenchmarkRun.as(admin, context.getBean(PortfolioAnalytics.class)::rebuild);
            String report = header(customers, purchases, invoices, repetitions, jdbc, schema) + seedReport
                    + "ledger:    " + check + "\n"
                    + "rebuild:   analytics aggregates of %d customers in %.1f s (the home's revenue cards read them)%n"
                    .formatted(rebuilt.customers(), rebuilt.millis() / 1000.0)
                    + measure(context, clerk, schema, repetitions)
                    + "load average after measuring " + BenchmarkRun.loadAverage() + "\n";
            Path file = outDir.resolve("finance.txt");
            Files.writeString(file, report, StandardCharsets.UTF_8);
            System.out.println(report);
            System.out.println("Written to " + file);
        }
        System.exit(0);
    }

    /**
     * Signed in as the finance person: ageing as of today and a year ago, the finance home for its default period
     * (the year to date), and the statement of the last year of the customer with the most invoices in it and of a
     * median one.
     */
    private static String measure(ConfigurableApplicationContext context, SignedInUser clerk, String schema,
                                  int repetitions) {
        var jdbc = context.getBean(JdbcTemplate.class);
        var figures = context.getBean(ReceivablesFigures.class);
        var statements = context.getBean(Statements.class);
        LocalDate today = BenchmarkRun.as(clerk, context.getBean(WorkspaceCalendar.class)::today);
        LocalDate yearAgo = today.minusYears(1);
        StatementCustomer busiest = statementCustomer(jdbc, schema, yearAgo.plusDays(1), today, false);
        StatementCustomer median = statementCustomer(jdbc, schema, yearAgo.plusDays(1), today, true);
        var home = new FinanceHome(context, today);
        var out = new StringBuilder("\nSigned in as the finance person, today " + today
                + " (target: p95 < 300 ms)\n");
        long t0 = System.nanoTime();
        BenchmarkRun.as(clerk, home::read);
        long firstHome = (System.nanoTime() - t0) / 1_000_000;
        Ageing now = BenchmarkRun.as(clerk, () -> figures.ageing(today));
        Ageing then = BenchmarkRun.as(clerk, () -> figures.ageing(yearAgo));
        out.append(BenchmarkRun.time(WARM_UP, repetitions, () -> BenchmarkRun.as(clerk,
                        () -> figures.ageing(today)).total().longValue()).line("ageing as of today"))
                .append(BenchmarkRun.time(WARM_UP, repetitions, () -> BenchmarkRun.as(clerk,
                        () -> figures.ageing(yearAgo)).total().longValue()).line("ageing as of " + yearAgo))
                .append(BenchmarkRun.time(WARM_UP, repetitions, () -> BenchmarkRun.as(clerk, home::read))
                        .line("finance home, " + home.period().from() + " to " + home.period().lastDay()));
        for (var read : home.reads().entrySet()) {
            out.append(BenchmarkRun.time(WARM_UP, repetitions, () -> BenchmarkRun.as(clerk, read.getValue()::getAsLong))
                    .line("  of which " + read.getKey()));
        }
        for (StatementCustomer customer : List.of(busiest, median)) {
            Statement statement = BenchmarkRun.as(clerk, () -> statements.of(customer.id(), yearAgo.plusDays(1),
                    today));
            out.append(BenchmarkRun.time(WARM_UP, repetitions, () -> BenchmarkRun.as(clerk,
                            () -> statements.of(customer.id(), yearAgo.plusDays(1), today)).lines().size())
                    .line("statement of customer %d for a year (%d lines)".formatted(customer.id(),
                            statement.lines().size())));
        }
        out.append(String.format(Locale.ROOT, "%-58s %6d ms%n", "finance home, first call after the rebuild",
                firstHome));
        out.append("\nstatement customers: %d has the most invoices of the year (%d), %d the median number (%d)%n"
                        .formatted(busiest.id(), busiest.invoices(), median.id(), median.invoices()))
                .append(ageingLine("ageing as of " + today, now))
                .append(ageingLine("ageing as of " + yearAgo, then));
        System.out.print(out);
        return out.toString();
    }

    private static String ageingLine(String what, Ageing ageing) {
        return "%s: total %s, overdue %s; %s%n".formatted(what, ageing.total(), ageing.overdue(),
                ageing.buckets().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                        .reduce((a, b) -> a + ", " + b).orElse(""));
    }

    /**
     * Every read {@code FinanceDashboardView} makes for its default period (the year to date), in its order: the
     * receivables tiles and ageing chart, the DSO trend, top debtors, customers over their limit, the margin by
     * tier, the revenue tiles and trend.
     */
    private static final class FinanceHome {

        private static final int DEBTORS = 10;

        private final ReceivablesFigures figures;
        private final PortfolioAnalytics analytics;
        private final Profitability profitability;
        private final LocalDate today;
        private final Period period;
        private final LocalDate asOf;
        private final Period previous;
        private final LocalDate previousLast;
        private final YearMonth trendFrom;
        private final YearMonth trendTo;

        FinanceHome(ConfigurableApplicationContext context, LocalDate today) {
            this.figures = context.getBean(ReceivablesFigures.class);
            this.analytics = context.getBean(PortfolioAnalytics.class);
            this.profitability = context.getBean(Profitability.class);
            this.today = today;
            this.period = Period.of(today.withDayOfYear(1), today.plusDays(1));
            this.asOf = period.lastDay().isAfter(today) ? today : period.lastDay();
            this.previous = period.previous();
            this.previousLast = previous.lastDay().isAfter(today) ? today : previous.lastDay();
            YearMonth last = YearMonth.from(asOf);
            YearMonth first = YearMonth.from(period.from());
            if (first.isAfter(last.minusMonths(11))) {
                first = last.minusMonths(11);
            } else if (first.isBefore(last.minusMonths(23))) {
                first = last.minusMonths(23);
            }
            this.trendFrom = first;
            this.trendTo = last;
        }

        Period period() {
            return period;
        }

        /** The reads by card, each giving a number so that nothing is optimised away. */
        Map<String, LongSupplier> reads() {
            var reads = new LinkedHashMap<String, LongSupplier>();
            reads.put("receivables tiles and ageing chart", () -> figures.ageing(asOf).total().longValue()
                    + figures.dso(period.from(), asOf).map(BigDecimal::longValue).orElse(0L)
                    + figures.dso(previous.from(), previousLast).map(BigDecimal::longValue).orElse(0L)
                    + figures.cashCollected(period.from(), asOf).longValue()
                    + figures.cashCollected(previous.from(), previousLast).longValue()
                    + figures.unallocatedCredit().longValue());
            reads.put("DSO trend " + trendFrom + " to " + trendTo, () -> figures.dsoTrend(trendFrom, trendTo).size());
            reads.put("top debtors", () -> figures.topDebtors(DEBTORS, today).size());
            reads.put("over credit limit", () -> figures.overCreditLimit(DEBTORS).size());
            reads.put("margin by tier", () -> profitability.byTier(period).size());
            reads.put("revenue tiles and trend", () -> analytics.kpis(period, null).period().days()
                    + analytics.trend(period, null).size());
            return reads;
        }

        long read() {
            return reads().values().stream().mapToLong(LongSupplier::getAsLong).sum();
        }
    }

    private record StatementCustomer(long id, long invoices) {
    }

    /**
     * The customer with the most invoices issued in the statement's year, or the one in the middle when the
     * customers invoiced in it are ranked by that number.
     */
    private static StatementCustomer statementCustomer(JdbcTemplate jdbc, String schema, LocalDate from,
                                                       LocalDate to, boolean median) {
        return jdbc.queryForObject("""
                select customer_id, n
                from (select customer_id, count(*) as n, row_number() over (order by count(*) desc, customer_id) as rn,
                             count(*) over () as customers
                      from "%s".invoice where kind = 'INVOICE' and issued_on between ? and ?
                      group by customer_id) s
                where rn = case when %s then (customers + 1) / 2 else 1 end
                """.formatted(schema, median), (row, i) -> new StatementCustomer(row.getLong(1), row.getLong(2)),
                from, to);
    }

    private static String describe(Map<String, Long> steps) {
        return steps.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() / 1000.0 + " s")
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    private static String header(int customers, int purchases, int invoices, int repetitions, JdbcTemplate jdbc,
                                 String schema) {
        String in = " from \"" + schema + "\".";
        return "Cartera finance benchmark\n"
                + "date:      " + DateTimeFormatter.ISO_INSTANT.format(Instant.now()) + "\n"
                + "machine:   " + BenchmarkRun.machine(jdbc) + "; load average before measuring "
                + BenchmarkRun.loadAverage() + "\n"
                + "workspace: " + customers + " customers, " + purchases + " purchases, " + invoices
                + " invoices planned\n"
                + "invoices:  " + jdbc.queryForObject("select string_agg(status || ' ' || n, ', ' order by n desc)"
                + " from (select status, count(*) as n" + in + "invoice where kind = 'INVOICE' group by status) s",
                String.class) + "; " + jdbc.queryForObject("select count(*)" + in + "invoice"
                + " where kind = 'CREDIT_NOTE'", Long.class) + " credit notes; "
                + jdbc.queryForObject("select count(*)" + in + "invoice_line", Long.class) + " lines\n"
                + "payments:  " + jdbc.queryForObject("select count(*) || ' payments (' || count(reversed_on)"
                + " || ' reversed, ' || count(*) filter (where unallocated > 0) || ' with unallocated credit), '"
                + in + "payment", String.class) + jdbc.queryForObject("select count(*) || ' allocations'"
                + in + "payment_allocation", String.class) + "; "
                + jdbc.queryForObject("select string_agg(kind || ' ' || n, ', ' order by n desc)"
                + " from (select kind, count(*) as n" + in + "receivable_entry group by kind) s", String.class)
                + " ledger entries; " + jdbc.queryForObject("select count(*)" + in + "receivable_day", Long.class)
                + " daily sums; " + jdbc.queryForObject("select count(*)" + in + "customer_credit", Long.class)
                + " customers with a credit row\n"
                + "method:    " + WARM_UP + " warm-up calls then " + repetitions
                + " timed calls each, p50/p95 by nearest rank\n";
    }
}
