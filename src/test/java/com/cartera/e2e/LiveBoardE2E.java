package com.cartera.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.LifecycleStage;
import com.cartera.live.LiveUpdates;
import com.cartera.sales.Opportunity;
import com.cartera.sales.OpportunityService;
import com.cartera.sales.PipelineService;
import com.cartera.sales.PipelineStage;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Three signed-in browsers on the pipeline board: two of workspace A, one of workspace B. A card moved in one of
 * A's browsers appears moved in the other without a reload (server push); B's board stays as it was and no live
 * event reaches B's page. Then the same move, made through the service, is timed from its commit to the card
 * showing in the other browser (logged and written to {@code target/e2e/live-latency.txt}; not asserted).
 */
class LiveBoardE2E extends BrowserTest {

    private static final Logger log = LoggerFactory.getLogger(LiveBoardE2E.class);
    private static final int TIMED_MOVES = 6;

    @Autowired
    ApplicationContext context;

    private final List<WebDriver> others = new ArrayList<>();

    @AfterEach
    void closeOthers() {
        others.forEach(WebDriver::quit);
    }

    @Test
    void aCardMovedInOneBrowserMovesInTheOtherAndAnotherWorkspaceReceivesNothing() throws Exception {
        var data = new TestData(context);
        SignedInUser adminOfA = data.newWorkspace("En vivo A " + TestData.uniqueSlug("e2e"));
        SignedInUser seller = data.addMember(adminOfA, TestData.uniqueEmail("ventas"), "Bruno Ventas", Set.of(Role.SALES));
        SignedInUser adminOfB = data.newWorkspace("En vivo B " + TestData.uniqueSlug("e2e"));
        Opportunity deal = deal(data, seller);
        Opportunity dealOfB = deal(data, adminOfB);
        assertThat(deal.getId()).isEqualTo(dealOfB.getId());
        List<PipelineStage> stages = TestData.as(seller, () -> context.getBean(PipelineService.class)
                .stages(deal.getPipelineId()));
        String first = stages.get(0).getName();
        String second = stages.get(1).getName();
        var live = context.getBean(LiveUpdates.class);
        var tenantOfB = adminOfB.tenant().orElseThrow().id();

        WebDriver mover = browser;
        WebDriver watcher = newBrowser();
        WebDriver outsider = newBrowser();
        openBoard(mover, seller);
        openBoard(watcher, adminOfA);
        openBoard(outsider, adminOfB);
        for (WebDriver each : List.of(mover, watcher, outsider)) {
            waitForCard(each, first, deal.getId(), Duration.ofSeconds(30));
        }
        assertThat(live.followers(tenantOfB)).isEqualTo(1);

        // Moved with the card's "move to stage" menu in the first browser of A.
        click(waitFor(card(first, deal.getId()) + " .card-top vaadin-button:nth-of-type(2)"));
        click(wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[normalize-space(.)='" + second + "']"))));
        waitForCard(mover, second, deal.getId(), Duration.ofSeconds(30));

        waitForCard(watcher, second, deal.getId(), Duration.ofSeconds(10));
        assertThat(outsider.findElements(By.cssSelector(card(first, dealOfB.getId())))).hasSize(1);
        assertThat(live.delivered(tenantOfB)).isZero();

        List<Long> millis = new ArrayList<>();
        for (int run = 0; run < TIMED_MOVES; run++) {
            String to = run % 2 == 0 ? first : second;
            PipelineStage target = stages.get(run % 2 == 0 ? 0 : 1);
            var opportunities = context.getBean(OpportunityService.class);
            long committed = TestData.as(seller, () -> {
                Opportunity current = opportunities.find(deal.getId()).orElseThrow();
                opportunities.move(current.getId(), current.getVersion(), target.getId(), null, null);
                return System.nanoTime();
            });
            waitForCard(watcher, to, deal.getId(), Duration.ofSeconds(10));
            millis.add((System.nanoTime() - committed) / 1_000_000);
        }
        assertThat(outsider.findElements(By.cssSelector(card(first, dealOfB.getId())))).hasSize(1);
        assertThat(live.delivered(tenantOfB)).isZero();

        List<Long> sorted = millis.stream().sorted().toList();
        String figures = "Push latency, commit to card shown in another browser (ms), " + TIMED_MOVES + " moves: "
                + millis + "; p50 " + sorted.get(sorted.size() / 2) + ", max " + sorted.getLast();
        log.info(figures);
        Files.createDirectories(Path.of("target", "e2e"));
        Files.writeString(Path.of("target", "e2e", "live-latency.txt"), figures + "\n");
    }

    @Test
    void aBrowserWithoutWebSocketsGetsTheMoveByLongPolling() {
        var data = new TestData(context);
        SignedInUser admin = data.newWorkspace("Sin WebSocket " + TestData.uniqueSlug("e2e"));
        Opportunity deal = deal(data, admin);
        List<PipelineStage> stages = TestData.as(admin, () -> context.getBean(PipelineService.class)
                .stages(deal.getPipelineId()));
        // As behind a proxy that lets no WebSocket through: the page falls back to HTTP long-polling.
        ((ChromeDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", "delete window.WebSocket; window.WebSocket = undefined;"));
        openBoard(browser, admin);
        waitForCard(browser, stages.get(0).getName(), deal.getId(), Duration.ofSeconds(30));
        assertThat(((JavascriptExecutor) browser).executeScript("return typeof window.WebSocket")).isEqualTo("undefined");
        waitForLongPollingHandshake(browser);

        var opportunities = context.getBean(OpportunityService.class);
        TestData.as(admin, () -> opportunities.move(deal.getId(), deal.getVersion(), stages.get(1).getId(), null, null));

        // Generous: each long-polling answer is followed by a new request, and this machine is shared.
        waitForCard(browser, stages.get(1).getName(), deal.getId(), Duration.ofSeconds(30));
    }

    /**
     * Waits until the page's long-polling connection has made its first round trip. A change pushed while that
     * connection is still being set up may stay unseen until the page's next request (seen under load: Atmosphere
     * answers the handshake and the pending push together and the page never polls again); the move is made once
     * the page is polling.
     */
    private static void waitForLongPollingHandshake(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(20)).until(page -> (Boolean)
                ((JavascriptExecutor) page).executeScript("return performance.getEntriesByType('resource')"
                        + ".some(request => request.name.includes('X-Atmosphere-Transport=long-polling'))"));
    }

    private Opportunity deal(TestData data, SignedInUser owner) {
        Customer customer = data.customer(owner, "Ferretería Molina", null, LifecycleStage.LEAD);
        long pipelineId = TestData.as(owner, () -> context.getBean(PipelineService.class).mainPipeline().getId());
        return TestData.as(owner, () -> context.getBean(OpportunityService.class)
                .quickAdd(pipelineId, customer.getId(), "Reforma de la nave", new BigDecimal("1200")));
    }

    private static String card(String stage, long id) {
        return ".stage-column[data-stage='" + stage + "'] .opportunity-card[data-opportunity='" + id + "']";
    }

    private static void waitForCard(WebDriver driver, String stage, long id, Duration timeout) {
        new WebDriverWait(driver, timeout, Duration.ofMillis(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(card(stage, id))));
    }

    private void openBoard(WebDriver driver, SignedInUser user) {
        var waiting = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.get(url("/login"));
        // On a busy machine the sign-in page may still be starting when typed into: then the fields come back
        // empty and the page stays; type again.
        for (int attempt = 1; ; attempt++) {
            var name = waiting.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]")));
            name.clear();
            name.sendKeys(user.email());
            var password = waiting.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=password]")));
            password.clear();
            password.sendKeys(TestData.PASSWORD + Keys.ENTER);
            try {
                new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/dashboard"));
                break;
            } catch (TimeoutException stillOnTheSignInPage) {
                if (attempt == 3) {
                    throw stillOnTheSignInPage;
                }
            }
        }
        driver.get(url("/pipeline"));
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".stage-column")));
    }

    private WebDriver newBrowser() {
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1366,900",
                "--lang=es-ES");
        var driver = new ChromeDriver(service, options);
        others.add(driver);
        return driver;
    }
}
