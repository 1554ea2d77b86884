package com.cartera.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.cartera.CarteraApplication;
import com.cartera.LoopbackHttp;
import com.cartera.security.SignupForm;
import com.cartera.security.SignupService;

/**
 * Load check of the login throttle, a command rather than a test: Cartera runs on its own throw-away embedded
 * PostgreSQL and answers real HTTP on loopback. The victim signs in once from 127.0.0.10; then two attackers, from
 * 127.0.0.20 and 127.0.0.21, each fire a bounded number of wrong passwords for the victim's account through the
 * login form (page, CSRF token, post) as fast as the server answers. Afterwards the victim signs in from their own
 * address, and tries once from an address never used before. Figures go to target/benchmarks/login-throttle.txt.
 * <pre>./mvnw -B -Plogin-throttle-benchmark test-compile exec:exec [-Dbenchmark.attempts=300]</pre>
 */
public final class LoginThrottleLoad {

    private static final String PASSWORD = "Victima-segura-2026";
    private static final String HOME = "127.0.0.10";
    private static final String[] ATTACKERS = {"127.0.0.20", "127.0.0.21"};
    private static final String NEW_PLACE = "127.0.0.30";

    private LoginThrottleLoad() {
    }

    /** What one attacker saw: the time of each post, in milliseconds. */
    private record Run(String address, long[] millis, long wallMillis) {
    }

    public static void main(String[] args) throws Exception {
        int attempts = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0]) : 300;
        Path dataDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "login-throttle-");
        Path outDir = Path.of("target", "benchmarks").toAbsolutePath();
        Files.createDirectories(outDir);
        // Command-line arguments, so that they win over application.yaml (builder properties would not).
        String[] settings = {
                "--cartera.data-dir=" + dataDir,
                "--cartera.embedded-db.ephemeral=true",
                "--cartera.demo.enabled=false",
                "--server.port=0",
                "--vaadin.productionMode=true",
                "--spring.main.banner-mode=off",
                "--logging.level.root=warn"};
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CarteraApplication.class)
                .run(settings)) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            var jdbc = context.getBean(JdbcTemplate.class);
            String email = "victima-" + UUID.randomUUID().toString().substring(0, 8) + "@bench.example.com";
            context.getBean(SignupService.class).signUp(form(email), Locale.forLanguageTag("es"), null);

            var report = new StringBuilder();
            report.append("Login throttle under load, ").append(Instant.now()).append('\n')
                    .append("Cartera on loopback (embedded PostgreSQL, production mode), ")
                    .append(Runtime.getRuntime().availableProcessors()).append(" cores; ")
                    .append(attempts).append(" wrong passwords from each of ").append(String.join(" and ", ATTACKERS))
                    .append(" for one account, both attackers at once\n\n");

            SignIn first = signIn(port, HOME, email, PASSWORD);
            report.append(String.format("victim at %s before the attack: %s (%d ms)%n", HOME, first.outcome(),
                    first.millis()));

            ExecutorService pool = Executors.newFixedThreadPool(ATTACKERS.length);
            List<Future<Run>> futures = new ArrayList<>();
            for (String attacker : ATTACKERS) {
                futures.add(pool.submit(() -> attack(port, attacker, email, attempts)));
            }
            List<Run> runs = new ArrayList<>();
            for (Future<Run> future : futures) {
                runs.add(future.get());
            }
            pool.shutdown();

            for (Run run : runs) {
                int checked = jdbc.queryForObject("""
                        select coalesce(max(failures), 0) from cartera.login_throttle
                        where scope = 'PAIR' and subject like '% ' || ?""", Integer.class, run.address());
                report.append(String.format(
                        "attacker %s: %d posts in %.1f s (%.0f/s), post p50 %d ms, p95 %d ms, max %d ms; "
                                + "passwords actually checked: %d, refused unchecked: %d%n",
                        run.address(), run.millis().length, run.wallMillis() / 1000.0,
                        run.millis().length * 1000.0 / run.wallMillis(), percentile(run.millis(), 50),
                        percentile(run.millis(), 95), percentile(run.millis(), 100), checked,
                        run.millis().length - checked));
            }
            String account = jdbc.queryForObject("""
                    select failures || ' failures, next attempt allowed in '
                           || greatest(0, round(extract(epoch from (next_allowed_at - now()))::numeric, 1)) || ' s'
                    from cartera.login_throttle where scope = 'ACCOUNT'""", String.class);
            report.append("account-wide counter after the attack: ").append(account).append('\n');

            SignIn home = signIn(port, HOME, email, PASSWORD);
            report.append(String.format("victim at %s right after the attack, right password: %s (%d ms)%n", HOME,
                    home.outcome(), home.millis()));
            SignIn elsewhere = signIn(port, NEW_PLACE, email, PASSWORD);
            report.append(String.format("victim at a new address %s, right password: %s (%d ms)%n", NEW_PLACE,
                    elsewhere.outcome(), elsewhere.millis()));

            Path out = outDir.resolve("login-throttle.txt");
            Files.writeString(out, report);
            System.out.println(report);
            System.out.println("Figures written to " + out);
            if (!"signed in".equals(home.outcome())) {
                throw new IllegalStateException("The victim could not sign in from their own address");
            }
        }
    }

    private static SignupForm form(String email) {
        var form = new SignupForm();
        form.setCompanyName("Banco de pruebas del límite de acceso");
        form.setSlug("bench-throttle-" + UUID.randomUUID().toString().substring(0, 8));
        form.setAdminName("Víctima de pruebas");
        form.setEmail(email);
        form.setPassword(PASSWORD);
        return form;
    }

    private static Run attack(int port, String address, String email, int attempts) {
        long[] millis = new long[attempts];
        long start = System.nanoTime();
        for (int i = 0; i < attempts; i++) {
            millis[i] = signIn(port, address, email, "guess-" + i + "-" + UUID.randomUUID()).millis();
        }
        return new Run(address, millis, Math.max(1, (System.nanoTime() - start) / 1_000_000));
    }

    private record SignIn(String outcome, long millis) {
    }

    /** Loads the login page for its CSRF token and posts the form; times the post. */
    private static SignIn signIn(int port, String from, String email, String password) {
        var http = new LoopbackHttp(port, from);
        var token = http.get("/login").csrfToken();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", email);
        form.put("password", password);
        form.put(token.getKey(), token.getValue());
        long start = System.nanoTime();
        var response = http.postForm("/login", form);
        long millis = (System.nanoTime() - start) / 1_000_000;
        String location = response.header("Location").orElse("");
        String outcome = response.status() == 302 && !location.contains("error") ? "signed in"
                : "refused (" + response.status() + " " + location + ")";
        return new SignIn(outcome, millis);
    }

    private static long percentile(long[] values, int percent) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
