package com.cartera.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongSupplier;

import com.cartera.CarteraApplication;
import com.cartera.base.db.EmbeddedPostgres;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.security.InvitationService;
import com.cartera.security.Role;
import com.cartera.security.SignInService;
import com.cartera.security.SignedInUser;
import com.cartera.security.SignupForm;
import com.cartera.security.SignupService;
import com.cartera.security.TeamService;
import com.cartera.security.WorkspaceAuthentication;
import com.cartera.support.Csat;
import com.cartera.support.CsatFigures;
import com.cartera.support.CsatGrouping;
import com.cartera.support.SupportFigures;
import com.cartera.support.TicketFilter;
import com.cartera.support.TicketPriority;
import com.cartera.support.TicketQueue;
import com.cartera.support.TicketSort;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Support benchmark, not a test: how fast the ticket queues and the support home are on one workspace with a
 * million tickets over 200,000 customers. Run with {@code ./mvnw -B -Psupport-benchmark test-compile exec:exec}
 * (sizes: {@code -Dbenchmark.tickets=1000000 -Dbenchmark.customers=200000}; repetitions:
 * {@code -Dbenchmark.repetitions=30}).
 *
 * <p>The application starts on its own embedded PostgreSQL with its data in {@code target/support-benchmark-<n>/},
 * scheduled jobs off. The first run signs up a workspace with twenty support agents, seeds the customers with
 * {@link PortfolioSeed} (one purchase per customer) and the desk with {@link SupportSeed}; later runs with the same
 * size reuse that database. Then, signed in as the agent with the most open tickets, it calls {@link TicketQueue} as
 * the queue view does (the first page of 50 and the count up to 10,000) for typical filters, and
 * {@link SupportFigures} as the support home does for the last 30 days, and {@link CsatFigures} for the last twelve
 * months; each after {@value #WARM_UP} warm-up calls. The surveys (one per resolved ticket, about 35 % answered) are
 * seeded on the first run that finds none.
 * The table goes to {@code target/benchmarks/support.txt}.
 */
public final class SupportBenchmark {

    private static final int PAGE_SIZE = 50;
    private static final int WARM_UP = 3;
    private static final int AGENTS = 20;
    private static final String PASSWORD = "Prueba-segura-2024";

    private SupportBenchmark() {
    }

    private record Case(String name, TicketFilter filter, TicketSort sort) {
    }

    private record Timing(long[] millis) {
        long percentile(int percent) {
            long[] sorted = millis.clone();
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
            return sorted[Math.max(0, rank - 1)];
        }
    }

    public static void main(String[] args) throws Exception {
        int tickets = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0]) : 1_000_000;
        int customers = args.length > 1 && !args[1].isBlank() ? Integer.parseInt(args[1]) : 200_000;
        int repetitions = args.length > 2 && !args[2].isBlank() ? Integer.parseInt(args[2]) : 30;
        Path dataDir = Path.of("target", "support-benchmark-" + tickets).toAbsolutePath();
        Path outDir = Path.of("target", "benchmarks").toAbsolutePath();
        Files.createDirectories(outDir);
        String slug = "bench-support-" + tickets;
        String[] settings = {
                "--cartera.data-dir=" + dataDir,
                "--cartera.embedded-db.ephemeral=false",
                "--cartera.demo.enabled=false",
                // Nothing scheduled may run in between the timed calls.
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
                "--vaadin.productionMode=true",
                "--spring.main.banner-mode=off",
                "--logging.level.root=warn"};
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CarteraApplication.class)
                .run(settings)) {
            var jdbc = context.getBean(JdbcTemplate.class);
            boolean seeded = jdbc.queryForObject("select count(*) from cartera.tenant where slug = ?", Integer.class,
                    slug) == 1;
            String seedReport;
            SignedInUser admin;
            if (seeded) {
                UUID adminId = jdbc.queryForObject("select id from cartera.user_account where email = ?", UUID.class,
                        adminEmail(slug));
                admin = context.getBean(SignInService.class).signedIn(adminId).orElseThrow();
                seedReport = "seed:      reused the database seeded by an earlier run in " + dataDir + "\n";
            } else {
                long t0 = System.nanoTime();
                admin = signUp(context.getBean(SignupService.class), slug);
                List<UUID> agents = addAgents(context, admin, slug);
                String steps = seed(context, admin, tickets, customers, agents);
                seedReport = "seed:      %d tickets over %d customers in %d s (%s)%n".formatted(tickets, customers,
                        (System.nanoTime() - t0) / 1_000_000_000, steps);
            }
            String schema = admin.workspace().tenant().schema();
            if (jdbc.queryForObject("select count(*) from \"" + schema + "\".csat_survey", Long.class) == 0) {
                // A database seeded before the surveys were part of the benchmark gets them now.
                seedReport += "surveys:   " + seedSurveys(context, schema, tickets, customers) + "\n";
            }
            System.out.print(seedReport);
            UUID busiest = jdbc.queryForObject("select assignee_id from \"" + schema + "\".ticket"
                    + " where status in ('NEW', 'OPEN', 'PENDING') and assignee_id is not null"
                    + " group by assignee_id order by count(*) desc limit 1", UUID.class);
            SignedInUser agent = context.getBean(SignInService.class).signedIn(busiest).orElseThrow();
            agent = context.getBean(SignInService.class).enter(agent, admin.workspace().tenant().id())
                    .orElseThrow();
            var security = SecurityContextHolder.createEmptyContext();
            security.setAuthentication(new WorkspaceAuthentication(agent));
            SecurityContextHolder.setContext(security);
            long team = jdbc.queryForObject("select id from \"" + schema + "\".support_team where name = ?",
                    Long.class, SupportSeed.TEAMS[0]);
            long category = jdbc.queryForObject("select id from \"" + schema + "\".ticket_category where name = ?",
                    Long.class, SupportSeed.CATEGORIES[2]);
            String report = header(tickets, customers, repetitions, jdbc, schema) + seedReport + "\n"
                    + measureQueues(context.getBean(TicketQueue.class), cases(team, category, context), repetitions)
                    + "\n" + measureHome(context, repetitions)
                    + "\n" + measureCsat(context, repetitions)
                    + "load average after measuring " + loadAverage() + "\n";
            Path file = outDir.resolve("support.txt");
            Files.writeString(file, report, StandardCharsets.UTF_8);
            System.out.println(report);
            System.out.println("Written to " + file);
        }
        System.exit(0);
    }

    private static List<Case> cases(long team, long category, ConfigurableApplicationContext context) {
        TicketFilter open = TicketFilter.NONE.withStatuses(Set.of(), true);
        var newest = TicketSort.NEWEST;
        var urgentFirst = new TicketSort(TicketSort.Column.PRIORITY, true);
        LocalDate today = context.getBean(WorkspaceCalendar.class).today();
        return List.of(
                new Case("my open tickets, newest", open.withAssignees(Set.of(), false, true), newest),
                new Case("my open tickets, most urgent", open.withAssignees(Set.of(), false, true), urgentFirst),
                new Case("unassigned open, newest", open.withAssignees(Set.of(), true, false), newest),
                new Case("team '" + SupportSeed.TEAMS[0] + "' open, most urgent", open.withTeams(Set.of(team)),
                        urgentFirst),
                new Case("breaching soon, most urgent", open.withBreaching(true), urgentFirst),
                new Case("all open, newest", open, newest),
                new Case("all open, oldest", open, new TicketSort(TicketSort.Column.OPENED, false)),
                new Case("all open URGENT, newest", open.withPriorities(Set.of(TicketPriority.URGENT)), newest),
                new Case("text 'impresora', newest", TicketFilter.NONE.withText("impresora"), newest),
                new Case("text rare '" + SupportSeed.RARE_WORD.toLowerCase(Locale.ROOT) + "', newest",
                        TicketFilter.NONE.withText(SupportSeed.RARE_WORD.toLowerCase(Locale.ROOT)), newest),
                new Case("ticket number '#4242'", TicketFilter.NONE.withText("#4242"), newest),
                new Case("all tickets, newest", TicketFilter.NONE, newest),
                new Case("all tickets, last changed", TicketFilter.NONE,
                        new TicketSort(TicketSort.Column.UPDATED, true)),
                new Case("category + opened in the last 30 days, newest", TicketFilter.NONE
                        .withCategories(Set.of(category)).withOpened(today.minusDays(30), today), newest));
    }

    private static String measureQueues(TicketQueue queue, List<Case> cases, int repetitions) {
        for (Case c : cases) {
            queue.page(c.filter(), c.sort(), 0, PAGE_SIZE);
            queue.countUpTo(c.filter(), TicketQueue.COUNT_LIMIT);
        }
        var table = new StringBuilder("Queues: page of " + PAGE_SIZE + " and count up to "
                + TicketQueue.COUNT_LIMIT + ", milliseconds\n");
        String format = "%-52s %8s | %6s %6s | %6s %6s | %6s %6s%n";
        table.append(String.format(Locale.ROOT, format, "case", "matches", "page", "p95", "count", "p95", "both",
                "p95"));
        table.append(String.format(Locale.ROOT, format, "", "", "p50", "", "p50", "", "p50", ""));
        for (Case c : cases) {
            Timing page = time(repetitions, () -> queue.page(c.filter(), c.sort(), 0, PAGE_SIZE).size());
            Timing count = time(repetitions, () -> queue.countUpTo(c.filter(), TicketQueue.COUNT_LIMIT).value());
            Timing both = time(repetitions, () -> queue.page(c.filter(), c.sort(), 0, PAGE_SIZE).size()
                    + queue.countUpTo(c.filter(), TicketQueue.COUNT_LIMIT).value());
            var counted = queue.countUpTo(c.filter(), TicketQueue.COUNT_LIMIT);
            String line = String.format(Locale.ROOT, format, c.name(),
                    (counted.more() ? ">" : "") + counted.value(), page.percentile(50), page.percentile(95),
                    count.percentile(50), count.percentile(95), both.percentile(50), both.percentile(95));
            System.out.print(line);
            table.append(line);
        }
        return table.toString();
    }

    private static String measureHome(ConfigurableApplicationContext context, int repetitions) {
        var figures = context.getBean(SupportFigures.class);
        LocalDate today = context.getBean(WorkspaceCalendar.class).today();
        LocalDate from = today.minusDays(29);
        LocalDate to = today.plusDays(1);
        Map<String, LongSupplier> tiles = new java.util.LinkedHashMap<>();
        tiles.put("my open tickets (count + first 5)", () -> figures.myOpen(5).first().size());
        tiles.put("breaching soon (count + first 5)", () -> figures.breaching(5).first().size());
        tiles.put("unassigned (count + first 5)", () -> figures.unassigned(5).first().size());
        tiles.put("first-response times", () -> figures.firstResponse(from, to).tickets());
        tiles.put("resolution times", () -> figures.resolution(from, to).tickets());
        tiles.put("tickets by category", () -> figures.byCategory(from, to).size());
        tiles.put("backlog per day", () -> figures.backlog(from, to).size());
        var table = new StringBuilder("Support home, last 30 days (" + from + " to " + today + "), milliseconds\n");
        String format = "%-52s | %6s %6s%n";
        table.append(String.format(Locale.ROOT, format, "tile", "p50", "p95"));
        for (var tile : tiles.entrySet()) {
            Timing timing = time(repetitions, tile.getValue());
            table.append(String.format(Locale.ROOT, format, tile.getKey(), timing.percentile(50),
                    timing.percentile(95)));
        }
        Timing all = time(repetitions, () -> tiles.values().stream().mapToLong(LongSupplier::getAsLong).sum());
        table.append(String.format(Locale.ROOT, format, "the whole home (all tiles)", all.percentile(50),
                all.percentile(95)));
        System.out.print(table);
        return table.toString();
    }

    private static String measureCsat(ConfigurableApplicationContext context, int repetitions) {
        var csat = context.getBean(CsatFigures.class);
        LocalDate today = context.getBean(WorkspaceCalendar.class).today();
        LocalDate to = today.plusDays(1);
        LocalDate from = to.minusYears(1);
        LocalDate before = from.minusYears(1);
        Map<String, LongSupplier> figures = new java.util.LinkedHashMap<>();
        figures.put("workspace CSAT, the year and the one before", () -> csat.of(from, to).sent()
                + csat.of(before, from).sent());
        figures.put("by agent", () -> csat.by(CsatGrouping.AGENT, from, to).size());
        figures.put("by team", () -> csat.by(CsatGrouping.TEAM, from, to).size());
        figures.put("by category", () -> csat.by(CsatGrouping.CATEGORY, from, to).size());
        figures.put("monthly trend (12 months)", () -> csat.trend(from, to).size());
        figures.put("rating distribution", () -> csat.distribution(from, to).counts().size());
        Csat year = csat.of(from, to);
        var table = new StringBuilder("CSAT for a year (" + from + " to " + today + "; " + year.sent()
                + " surveys sent, " + year.answered() + " answered), milliseconds\n");
        String format = "%-52s | %6s %6s%n";
        table.append(String.format(Locale.ROOT, format, "figure", "p50", "p95"));
        for (var figure : figures.entrySet()) {
            Timing timing = time(repetitions, figure.getValue());
            table.append(String.format(Locale.ROOT, format, figure.getKey(), timing.percentile(50),
                    timing.percentile(95)));
        }
        Timing all = time(repetitions, () -> figures.values().stream().mapToLong(LongSupplier::getAsLong).sum());
        table.append(String.format(Locale.ROOT, format, "all of them", all.percentile(50), all.percentile(95)));
        System.out.print(table);
        return table.toString();
    }

    private static String seedSurveys(ConfigurableApplicationContext context, String schema, int tickets,
                                      int customers) throws Exception {
        try (var connection = context.getBean(EmbeddedPostgres.class).openSuperuserConnection();
             var statement = connection.createStatement()) {
            statement.execute("set search_path to \"" + schema + "\", extensions");
            return new SupportSeed(connection, tickets, customers, List.of()).surveys().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue() / 1000.0 + " s")
                    .reduce((a, b) -> a + ", " + b).orElse("");
        }
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

    private static String adminEmail(String slug) {
        return "admin@" + slug + ".example.com";
    }

    private static SignedInUser signUp(SignupService signups, String slug) {
        var form = new SignupForm();
        form.setCompanyName("Servicios Benchmark");
        form.setSlug(slug);
        form.setAdminName("Admin Benchmark");
        form.setEmail(adminEmail(slug));
        form.setPassword(PASSWORD);
        return signups.signUp(form, Locale.forLanguageTag("es"), "127.0.0.1");
    }

    private static List<UUID> addAgents(ConfigurableApplicationContext context, SignedInUser admin, String slug) {
        var team = context.getBean(TeamService.class);
        var invitations = context.getBean(InvitationService.class);
        var security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(new WorkspaceAuthentication(admin));
        SecurityContextHolder.setContext(security);
        try {
            List<UUID> agents = new ArrayList<>();
            for (int i = 0; i < AGENTS; i++) {
                String token = team.invite("agente" + i + "@" + slug + ".example.com", Set.of(Role.SUPPORT));
                var joined = (InvitationService.NewAccountOutcome.Joined) invitations.acceptWithNewAccount(token,
                        "Agente " + (i + 1), PASSWORD);
                agents.add(joined.user().userId());
            }
            return agents;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String seed(ConfigurableApplicationContext context, SignedInUser admin, int tickets,
                               int customers, List<UUID> agents) throws Exception {
        String schema = admin.workspace().tenant().schema();
        try (var connection = context.getBean(EmbeddedPostgres.class).openSuperuserConnection();
             var statement = connection.createStatement()) {
            statement.execute("set search_path to \"" + schema + "\", extensions");
            var steps = new java.util.LinkedHashMap<String, Long>();
            steps.putAll(new PortfolioSeed(connection, customers, customers, agents, admin.userId()).run());
            steps.putAll(new SupportSeed(connection, tickets, customers, agents).run());
            return steps.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() / 1000.0 + " s")
                    .reduce((a, b) -> a + ", " + b).orElse("");
        }
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String header(int tickets, int customers, int repetitions, JdbcTemplate jdbc, String schema) {
        return "Cartera support benchmark\n"
                + "date:      " + DateTimeFormatter.ISO_INSTANT.format(Instant.now()) + "\n"
                + "machine:   " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", load average before measuring " + loadAverage() + "\n"
                + "database:  embedded " + jdbc.queryForObject("select version()", String.class).split(",")[0]
                + ", shared_buffers " + jdbc.queryForObject("show shared_buffers", String.class) + "\n"
                + "workspace: " + tickets + " tickets over " + customers + " customers; ticket table "
                + jdbc.queryForObject("select pg_size_pretty(pg_total_relation_size('\"" + schema
                + "\".ticket'))", String.class) + " with indexes; open "
                + jdbc.queryForObject("select count(*) from \"" + schema + "\".ticket where status in"
                + " ('NEW', 'OPEN', 'PENDING')", Long.class) + "\n"
                + "method:    signed in as the agent with the most open tickets; " + WARM_UP + " warm-up calls then "
                + repetitions + " timed calls each, p50/p95 by nearest rank\n";
    }
}
