package com.cartera.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import com.cartera.CarteraApplication;
import com.cartera.TestData;
import com.cartera.customer.CustomerService;
import com.cartera.live.LiveUpdates;
import com.cartera.sales.BoardCard;
import com.cartera.sales.BoardFilter;
import com.cartera.sales.BoardService;
import com.cartera.sales.OpportunityPermissions;
import com.cartera.sales.OpportunityService;
import com.cartera.sales.PipelineService;
import com.cartera.sales.PipelineStage;
import com.cartera.sales.SalesLookups;
import com.cartera.sales.StageSummary;
import com.cartera.sales.ui.PipelineBoardView;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.security.SignupService;
import com.cartera.security.TeamDirectory;
import com.cartera.security.InvitationService;
import com.cartera.security.TeamService;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import jakarta.validation.Validator;
import kotlin.jvm.functions.Function0;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Board benchmark, not a test: how much server time opening the pipeline board takes with 10,000 open
 * opportunities in one pipeline. Run with
 * {@code ./mvnw -B test-compile org.codehaus.mojo:exec-maven-plugin:3.6.4:exec -Dexec.executable=java
 * -Dexec.classpathScope=test -Dexec.args="-Xmx2g -classpath %classpath com.cartera.bench.PipelineBoardBenchmark"}.
 *
 * <p>Starts Cartera on a throw-away embedded PostgreSQL, signs up one workspace with five salespeople,
 * and seeds 2,000 customers and 10,000 open opportunities over the four open stages of the default
 * pipeline (5,000 / 2,500 / 1,500 / 1,000) with set-based SQL. Then it times, over {@value #RUNS} runs
 * after {@value #WARM_UP} warm-up runs:
 * <ul>
 *   <li>the service calls the board makes: the column aggregates plus the first page of every column,
 *       unfiltered and filtered by owner;</li>
 *   <li>building the whole board view ({@link PipelineBoardView}: toolbar, columns, cards), in Vaadin
 *       mocked by Karibu-Testing, so without a browser or network.</li>
 * </ul>
 * Figures go to {@code target/benchmarks/pipeline-board.txt}.
 */
public final class PipelineBoardBenchmark {

    private static final int WARM_UP = 10;
    private static final int RUNS = 100;
    private static final int CUSTOMERS = 2_000;
    private static final int[] PER_STAGE = {5_000, 2_500, 1_500, 1_000};
    private static final int PAGE = 20;

    private PipelineBoardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Files.createTempDirectory("cartera-board-bench-");
        // As command-line arguments, so that they win over application.yaml (a port in use must not matter).
        String[] arguments = {
                "--cartera.data-dir=" + dataDir,
                "--cartera.embedded-db.ephemeral=true",
                "--cartera.demo.enabled=false",
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=warn"};
        String report;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CarteraApplication.class)
                .run(arguments)) {
            report = run(context);
        }
        deleteRecursively(dataDir);
        Path out = Path.of("target", "benchmarks").toAbsolutePath();
        Files.createDirectories(out);
        Path file = out.resolve("pipeline-board.txt");
        Files.writeString(file, report, StandardCharsets.UTF_8);
        System.out.println(report);
        System.out.println("Written to " + file);
        System.exit(0);
    }

    private static String run(ConfigurableApplicationContext context) {
        var form = TestData.signupForm("Benchmark Embudo", "bench-board", "Admin", "admin@bench-board.example.com",
                "Prueba-segura-2024");
        SignedInUser admin = TestData.as(null, () -> context.getBean(SignupService.class)
                .signUp(form, Locale.forLanguageTag("es"), "127.0.0.1"));
        for (int i = 1; i <= 5; i++) {
            String email = "ventas" + i + "@bench-board.example.com";
            String token = TestData.as(admin, () -> context.getBean(TeamService.class).invite(email, Set.of(Role.SALES)));
            context.getBean(InvitationService.class).acceptWithNewAccount(token, "Vendedor " + email.charAt(6),
                    "Prueba-segura-2024");
        }
        PipelineService pipelines = context.getBean(PipelineService.class);
        BoardService board = context.getBean(BoardService.class);
        long pipelineId = TestData.as(admin, () -> pipelines.mainPipeline().getId());
        List<PipelineStage> stages = TestData.as(admin, () -> pipelines.stages(pipelineId));

        long seedStart = System.nanoTime();
        seed(context.getBean(JdbcTemplate.class), admin.workspace().tenant().schema(), pipelineId, stages);
        long seedMs = (System.nanoTime() - seedStart) / 1_000_000;
        var ownerId = TestData.as(admin, () -> context.getBean(TeamDirectory.class).activeMembers()).stream()
                .filter(member -> member.getDisplayName().startsWith("Vendedor")).findFirst().orElseThrow().getUserId();

        long[] unfiltered = time(admin, () -> openBoard(board, pipelineId, BoardFilter.NONE));
        long[] byOwner = time(admin, () -> openBoard(board, pipelineId, BoardFilter.NONE.withOwner(ownerId)));
        long[] view = timeView(context, admin);

        List<StageSummary> summaries = TestData.as(admin, () -> board.summaries(pipelineId, BoardFilter.NONE));
        var out = new StringBuilder();
        out.append("Cartera pipeline board benchmark\n");
        out.append("date:     ").append(DateTimeFormatter.ISO_INSTANT.format(Instant.now())).append('\n');
        out.append("machine:  ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(", embedded PostgreSQL (fresh cluster)\n");
        out.append("data:     ").append(CUSTOMERS).append(" customers, 10000 open opportunities in one pipeline"
                + " (seeded set-based in ").append(seedMs).append(" ms)\n");
        for (StageSummary summary : summaries) {
            out.append(String.format(Locale.ROOT, "          %-12s %5d cards, total %s%n", summary.stage().getName(),
                    summary.count(), summary.totals()));
        }
        out.append("runs:     ").append(RUNS).append(" after ").append(WARM_UP).append(" warm-up runs, server time per run\n\n");
        out.append(line("Board service calls, no filter (aggregates + first " + PAGE + " cards of each of "
                + stages.size() + " columns)", unfiltered));
        out.append(line("Board service calls, filtered by one owner", byOwner));
        out.append(line("Whole board view built (Karibu-mocked Vaadin: toolbar, " + stages.size()
                + " columns, their cards)", view));
        out.append("\nTarget: under 1 s of server time to open the board.\n");
        return out.toString();
    }

    private static void seed(JdbcTemplate jdbc, String schema, long pipelineId, List<PipelineStage> stages) {
        jdbc.update("insert into " + schema + ".customer (kind, name, lifecycle_stage, owner_id, alert_colour, alert_reason)"
                + " select 'COMPANY', 'Cliente ' || g, (array['LEAD','PROSPECT','ACTIVE'])[1 + g % 3],"
                + "  (select user_id from " + schema + ".team_member order by user_id offset g % 6 limit 1),"
                + "  (array['RED','YELLOW','GREEN',null])[1 + g % 4], 'Seguimiento ' || g"
                + " from generate_series(1, ?) g", CUSTOMERS);
        int offset = 0;
        for (int s = 0; s < PER_STAGE.length; s++) {
            long stageId = stages.get(s).getId();
            jdbc.update("insert into " + schema + ".opportunity (pipeline_id, stage_id, position, stage_entered_at,"
                    + " customer_id, title, amount, currency, expected_close_on, owner_id, status)"
                    + " select ?, ?, g * 1024.0, now() - (g % 60) * interval '1 day',"
                    + "  (select id from " + schema + ".customer order by id offset (g + ?) % ? limit 1),"
                    + "  'Oportunidad ' || (g + ?), round((100 + (g * 37) % 50000)::numeric, 2), 'EUR',"
                    + "  current_date + (g % 180), "
                    + "  (select user_id from " + schema + ".team_member order by user_id offset g % 6 limit 1), 'OPEN'"
                    + " from generate_series(1, ?) g",
                    pipelineId, stageId, offset, CUSTOMERS, offset, PER_STAGE[s]);
            offset += PER_STAGE[s];
        }
        jdbc.update("insert into " + schema + ".opportunity_stage_change (opportunity_id, to_stage_id, to_stage_name)"
                + " select o.id, o.stage_id, s.name from " + schema + ".opportunity o join " + schema
                + ".pipeline_stage s on s.id = o.stage_id");
        jdbc.execute("analyze " + schema + ".customer");
        jdbc.execute("analyze " + schema + ".opportunity");
    }

    /** What the board view asks the services for when it opens. */
    private static int openBoard(BoardService board, long pipelineId, BoardFilter filter) {
        int cards = 0;
        for (StageSummary summary : board.summaries(pipelineId, filter)) {
            List<BoardCard> page = board.cards(summary.stage().getId(), filter, null, PAGE);
            cards += page.size();
        }
        return cards;
    }

    private static long[] time(SignedInUser user, Supplier<Integer> work) {
        for (int i = 0; i < WARM_UP; i++) {
            TestData.as(user, work);
        }
        long[] micros = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            TestData.as(user, work);
            micros[i] = (System.nanoTime() - start) / 1_000;
        }
        Arrays.sort(micros);
        return micros;
    }

    private static long[] timeView(ConfigurableApplicationContext context, SignedInUser admin) {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(new Routes(), context, uiFactory));
        try {
            return time(admin, () -> {
                var view = new PipelineBoardView(context.getBean(BoardService.class),
                        context.getBean(OpportunityService.class), context.getBean(PipelineService.class),
                        context.getBean(OpportunityPermissions.class), context.getBean(CustomerService.class),
                        context.getBean(TeamDirectory.class), context.getBean(SalesLookups.class),
                        context.getBean(Validator.class), context.getBean(LiveUpdates.class));
                UI.getCurrent().add(view);
                UI.getCurrent().remove(view);
                return view.getComponentCount();
            });
        } finally {
            MockVaadin.tearDown();
        }
    }

    private static String line(String what, long[] sortedMicros) {
        return String.format(Locale.ROOT, "%s:%n  p50 %.1f ms, p95 %.1f ms, min %.1f ms, max %.1f ms%n", what,
                percentile(sortedMicros, 50) / 1000.0, percentile(sortedMicros, 95) / 1000.0,
                sortedMicros[0] / 1000.0, sortedMicros[sortedMicros.length - 1] / 1000.0);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
