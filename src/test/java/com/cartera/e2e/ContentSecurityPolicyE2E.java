package com.cartera.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import com.cartera.TestData;

/**
 * The Content-Security-Policy in a real browser (Debian's headless Chromium): signing in through the login form
 * (which sends Spring's CSRF token from the page) and opening the main pages, charts included, logs no
 * policy violation in the browser's console.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ContentSecurityPolicyE2E {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        assertThat(new File(CHROMIUM)).as("Chromium (Debian package chromium) is needed for browser tests").exists();
        assertThat(new File(CHROMEDRIVER)).as("ChromeDriver (Debian package chromium-driver) is needed").exists();
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1366,900",
                "--lang=es-ES");
        var logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theMainPagesRunUnderThePolicyWithoutViolations() {
        String email = TestData.uniqueEmail("csp");
        new TestData(context).newWorkspace("Política " + email.hashCode(), TestData.uniqueSlug("csp"), email);

        browser.get(url("/login"));
        type("input[name=username]", email);
        type("input[name=password]", TestData.PASSWORD + Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/customers"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-grid")));

        for (String page : List.of("/segments", "/pipeline", "/agenda", "/import", "/customers")) {
            browser.get(url(page));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".drawer-header")));
        }

        assertThat(violations()).isEmpty();

        // The check itself works: an image from another origin is refused and logged.
        ((JavascriptExecutor) browser).executeScript(
                "const img = document.createElement('img'); img.src = 'http://203.0.113.9/x.png';"
                        + " document.body.appendChild(img);");
        wait.until(driver -> !violations().isEmpty());
    }

    /** Violations logged since the last call. */
    private List<String> violations() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void type(String css, CharSequence text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        input.click();
        input.sendKeys(text);
    }
}
