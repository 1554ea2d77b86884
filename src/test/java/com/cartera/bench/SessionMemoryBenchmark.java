package com.cartera.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.management.ObjectName;

import com.cartera.CarteraApplication;
import com.cartera.base.db.EmbeddedPostgres;
import com.cartera.security.InvitationService;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.security.SignupForm;
import com.cartera.security.SignupService;
import com.cartera.security.TeamService;
import com.cartera.security.WorkspaceAuthentication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Session memory benchmark, not a test: how much heap a signed-in session holds, and each further browser
 * tab (Vaadin UI). Run with {@code ./mvnw -B -Psessions-benchmark test-compile exec:exec}
 * ({@code -Dbenchmark.sessions=200}).
 *
 * <p>The application starts in production mode on a throw-away embedded PostgreSQL; one workspace gets
 * 2,000 customers and one account per {@value #SESSIONS_PER_ACCOUNT} sessions (so the per-account cap is
 * never reached). Each session then does over real HTTP on loopback what a browser does: the login page and
 * its Vaadin UI, the form POST with the CSRF token, the customer page's bootstrap and its UI
 * ({@code ?v-r=init&location=customers}), and the grid's request for its first page of rows. The heap after
 * a full collection is read before and after the sessions, and again after a second tab on the customer grid
 * in every session; a class histogram diff shows what the sessions hold. Figures go to
 * {@code target/benchmarks/sessions.txt}.
 */
public final class SessionMemoryBenchmark {

    private static final int SESSIONS_PER_ACCOUNT = 5;
    private static final int WARM_UP = 10;
    private static final int CUSTOMERS = 2_000;
    private static final String PASSWORD = "Prueba-segura-2024";
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SessionMemoryBenchmark() {
    }

    /**
     * One shared client for every browser, and each browser no more than its session cookie: the client side
     * lives in the measured heap too, so it has to stay small.
     */
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

    /** One browser: its session cookie. */
    private static final class Browser {
        String session;
    }

    public static void main(String[] args) throws Exception {
        int sessions = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0]) : 200;
        Path dataDir = Path.of("target", "sessions-benchmark").toAbsolutePath();
        Path outDir = Path.of("target", "benchmarks").toAbsolutePath();
        Files.createDirectories(outDir);
        String slug = "bench-sessions";
        var builder = new SpringApplicationBuilder(CarteraApplication.class).properties(
                "cartera.data-dir=" + dataDir,
                "cartera.embedded-db.ephemeral=true",
                "cartera.demo.enabled=false",
                "vaadin.productionMode=true",
                "spring.main.banner-mode=off",
                "logging.level.root=warn");
        // A free port: as an argument, since application.yaml's port outranks the builder's defaults.
        try (ConfigurableApplicationContext context = builder.run("--server.port=0")) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            String base = "http://127.0.0.1:" + port;
            int accounts = (sessions + WARM_UP + SESSIONS_PER_ACCOUNT - 1) / SESSIONS_PER_ACCOUNT;
            List<String> emails = prepare(context, slug, accounts);
            System.out.println("Workspace ready with " + emails.size() + " accounts; signing in");

            List<Browser> warm = new ArrayList<>();
            for (int i = 0; i < WARM_UP; i++) {
                warm.add(signInAndOpenGrid(base, emails.get(i % emails.size())));
            }
            var histogramBefore = classHistogram();
            long before = usedHeapAfterGc();
            List<Browser> browsers = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                browsers.add(signInAndOpenGrid(base, emails.get((WARM_UP + i) % emails.size())));
            }
            long afterSessions = usedHeapAfterGc();
            var histogramAfter = classHistogram();
            for (Browser browser : browsers) {
                openGrid(base, browser);
            }
            long afterSecondTab = usedHeapAfterGc();

            double perSession = (afterSessions - before) / (double) sessions;
            double perUi = (afterSecondTab - afterSessions) / (double) sessions;
            String report = """
                    Session memory benchmark (%s), %d sessions after %d warm-up sessions, JVM %s, max heap %d MB
                    Each session: login page + its UI, form sign-in, customer grid page + its UI, first 50 rows.
                    Settings: session timeout %s, heartbeat interval %s s, close idle sessions %s, max sessions per account %s

                    used heap after full GC, before the sessions    %,12d bytes
                    after %d signed-in sessions, grid open          %,12d bytes
                    after a second grid tab in each session         %,12d bytes

                    retained per signed-in session with the grid open: %,.0f bytes (%.1f KB)
                    retained per further UI (browser tab) on the grid: %,.0f bytes (%.1f KB)

                    Largest growth by class over the %d sessions (live objects, bytes per session):
                    %s""".formatted(LocalDate.now(), sessions, WARM_UP, Runtime.version(),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024),
                    context.getEnvironment().getProperty("server.servlet.session.timeout"),
                    context.getEnvironment().getProperty("vaadin.heartbeatInterval", "300 (default)"),
                    context.getEnvironment().getProperty("vaadin.closeIdleSessions", "false (default)"),
                    context.getEnvironment().getProperty("cartera.sessions.max-per-account", "unlimited"),
                    before, sessions, afterSessions, afterSecondTab, perSession, perSession / 1024, perUi, perUi / 1024,
                    sessions, histogramDiff(histogramBefore, histogramAfter, sessions));
            Path file = outDir.resolve("sessions.txt");
            Files.writeString(file, report, StandardCharsets.UTF_8);
            System.out.println(report);
            System.out.println("Written to " + file);
            // Keeps the sessions reachable until after the last measurement.
            System.out.println(warm.size() + browsers.size() + " browsers");
        }
        System.exit(0);
    }

    private static List<String> prepare(ConfigurableApplicationContext context, String slug, int accounts)
            throws Exception {
        var form = new SignupForm();
        form.setCompanyName("Distribuciones Sesiones");
        form.setSlug(slug);
        form.setAdminName("Admin Sesiones");
        form.setEmail("admin@" + slug + ".example.com");
        form.setPassword(PASSWORD);
        SignedInUser admin = context.getBean(SignupService.class).signUp(form, Locale.forLanguageTag("es"), "127.0.0.1");
        var security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(new WorkspaceAuthentication(admin));
        SecurityContextHolder.setContext(security);
        List<String> emails = new ArrayList<>();
        List<UUID> owners = new ArrayList<>();
        try {
            emails.add(form.getEmail());
            for (int i = 1; i < accounts; i++) {
                String email = "persona" + i + "@" + slug + ".example.com";
                String token = context.getBean(TeamService.class).invite(email, Set.of(Role.SALES));
                var joined = (InvitationService.NewAccountOutcome.Joined) context.getBean(InvitationService.class)
                        .acceptWithNewAccount(token, "Persona " + i, PASSWORD);
                owners.add(joined.user().userId());
                emails.add(email);
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
        // The superuser's connection: the load switches triggers off, which the application's role may not.
        try (var connection = context.getBean(EmbeddedPostgres.class).openSuperuserConnection();
             var statement = connection.createStatement()) {
            statement.execute("set search_path to \"" + admin.workspace().tenant().schema() + "\", extensions");
            new PortfolioSeed(connection, CUSTOMERS, CUSTOMERS * 3, owners.isEmpty() ? List.of(admin.userId()) : owners,
                    admin.userId()).run();
        }
        return emails;
    }

    /** A new browser signs in with the login form and opens the customer grid. */
    private static Browser signInAndOpenGrid(String base, String email) throws Exception {
        var browser = new Browser();
        String loginPage = get(browser, base + "/login");
        Matcher csrf = CSRF_META.matcher(loginPage);
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the login page");
        }
        openUi(browser, base, "login");
        var signIn = HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(email) + "&password=" + encode(PASSWORD)
                        + "&_csrf=" + encode(csrf.group(1))))
                .build();
        var response = send(browser, signIn);
        String target = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || target.contains("/login")) {
            throw new IllegalStateException("Sign-in refused for " + email + ": " + response.statusCode() + " " + target);
        }
        openGrid(base, browser);
        return browser;
    }

    /** The customer page in a new tab: its bootstrap, its UI, and the grid's first page of rows. */
    private static void openGrid(String base, Browser browser) throws Exception {
        get(browser, base + "/customers");
        var ui = openUi(browser, base, "customers");
        int gridNode = -1;
        for (JsonNode change : ui.changes) {
            if ("tag".equals(change.path("key").asString()) && "vaadin-grid".equals(change.path("value").asString())) {
                gridNode = change.path("node").asInt();
            }
        }
        if (gridNode < 0) {
            throw new IllegalStateException("The customer page has no grid");
        }
        JsonNode rows = ui.call(browser, base, """
                {"type":"publishedEventHandler","node":%d,"templateEventMethodName":"setViewportRange",\
                "templateEventMethodArgs":[0,50],"promise":0}""".formatted(gridNode));
        // The grid sends its first page with the navigation already; the viewport request confirms it.
        if (!ui.answer.toString().contains("$connector.set(") || rows.isMissingNode()) {
            throw new IllegalStateException("The grid's rows were not sent");
        }
    }

    /** A Vaadin UI as its client in the browser sees it: ids, security key and where the messages stand. */
    private static final class Ui {
        int id;
        String securityKey;
        int syncId;
        int clientId;
        JsonNode changes;
        JsonNode answer;

        /** Sends one RPC invocation in a UIDL request, as the client does, and returns the server's answer. */
        JsonNode call(Browser browser, String base, String invocation) throws Exception {
            String message = "{\"csrfToken\":\"%s\",\"rpc\":[%s],\"syncId\":%d,\"clientId\":%d}"
                    .formatted(securityKey, invocation, syncId, clientId++);
            var request = HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + id))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(message)).build();
            var response = send(browser, request);
            String body = response.body().replaceFirst("^for\\(;;\\);", "");
            if (response.statusCode() != 200 || body.contains("appError")) {
                throw new IllegalStateException("UIDL request refused: " + response.statusCode() + " " + body);
            }
            JsonNode answer = JSON.readTree(body);
            answer = answer.isArray() ? answer.get(0) : answer;
            syncId = answer.path("syncId").asInt(syncId);
            return answer;
        }
    }

    /**
     * What Vaadin's client does for a page: asks the server for a new UI ({@code v-r=init}), then tells it
     * where the browser is, and the server navigates there.
     */
    private static Ui openUi(Browser browser, String base, String location) throws Exception {
        String body = get(browser, base + "/?v-r=init&location=" + encode(location) + "&query=");
        JsonNode appConfig = JSON.readTree(body).path("appConfig");
        JsonNode uidl = appConfig.path("uidl");
        if (uidl.isMissingNode()) {
            throw new IllegalStateException("No UI for " + location + ": " + body.substring(0, Math.min(300, body.length())));
        }
        var ui = new Ui();
        ui.id = appConfig.path("v-uiId").asInt();
        ui.securityKey = uidl.path("Vaadin-Security-Key").asString();
        ui.syncId = uidl.path("syncId").asInt();
        ui.answer = ui.call(browser, base, """
                {"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s","query":"",\
                "appShellTitle":"","historyState":{"idx":0},"trigger":""}}""".formatted(location));
        ui.changes = ui.answer.path("changes");
        return ui;
    }

    /** A GET that follows redirects, as a browser does. */
    private static String get(Browser browser, String url) throws Exception {
        var response = send(browser, HttpRequest.newBuilder(URI.create(url)).GET().build());
        for (int hops = 0; response.statusCode() == 302 && hops < 5; hops++) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            response = send(browser, HttpRequest.newBuilder(next).GET().build());
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static HttpResponse<String> send(Browser browser, HttpRequest request) throws Exception {
        var withCookie = browser.session == null ? request
                : HttpRequest.newBuilder(request, (name, value) -> true).header("Cookie", "JSESSIONID=" + browser.session)
                .build();
        var response = HTTP.send(withCookie, HttpResponse.BodyHandlers.ofString());
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            Matcher m = SESSION_COOKIE.matcher(cookie);
            if (m.find()) {
                browser.session = m.group(1);
            }
        }
        return response;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        long least = Long.MAX_VALUE;
        // The least of a few full collections: what is left is what the sessions hold.
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
            least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
        }
        return least;
    }

    /** Bytes of live objects per class, from the JVM's own class histogram (which collects first). */
    private static Map<String, Long> classHistogram() throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Map<String, Long> bytes = new HashMap<>();
        Pattern line = Pattern.compile("^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+(\\S+)");
        for (String row : text.split("\n")) {
            Matcher m = line.matcher(row);
            if (m.find()) {
                bytes.merge(m.group(2), Long.parseLong(m.group(1)), Long::sum);
            }
        }
        return bytes;
    }

    private static String histogramDiff(Map<String, Long> before, Map<String, Long> after, int sessions) {
        var rows = new StringBuilder();
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(30)
                .forEach(e -> rows.append("%,10d  %s%n".formatted(e.getValue() / sessions, e.getKey())));
        return rows.toString();
    }
}
