package com.cartera.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The main journey in a real browser (Debian's headless Chromium): a company signs up, lands in its
 * workspace, creates a customer, signs out, signs in again and finds the customer; a wrong password
 * is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MainJourneyE2E {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    @LocalServerPort
    int port;

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
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            Path shots = Path.of("target", "e2e");
            Files.createDirectories(shots);
            byte[] png = ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES);
            Files.write(shots.resolve("last-page.png"), png);
            browser.quit();
        }
    }

    @Test
    void signUpCreateCustomerSignOutAndBackIn() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String email = "e2e-" + suffix + "@example.com";
        String password = "Journey-" + suffix + "-9";

        browser.get(url("/signup"));
        type("#signup-company input", "Viveros del Sur " + suffix);
        type("#signup-name input", "Lucía Ortega");
        type("#signup-email input", email);
        type("#signup-password input", password);
        click("#signup-submit");

        wait.until(ExpectedConditions.urlContains("/customers"));
        assertThat(waitFor(".drawer-header").getText()).contains("Viveros del Sur " + suffix);

        click("#customers-new");
        type("#customer-name input", "Jardinería Peña " + suffix);
        type("#customer-email input", "pena-" + suffix + "@example.com");
        type("#customer-city input", "Córdoba");
        click("#customer-save");
        // The new customer's 360 page opens; the list has it too.
        wait.until(ExpectedConditions.urlMatches(".*/customers/[0-9]+$"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".customer-view"),
                "Jardinería Peña " + suffix));
        browser.get(url("/customers"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("vaadin-grid"),
                "Jardinería Peña " + suffix));

        click("vaadin-menu-bar-button");
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-menu-bar-item[contains(., 'Cerrar sesión')]"))).click();
        wait.until(ExpectedConditions.urlContains("/login"));
        type("input[name=username]", email);
        type("input[name=password]", password + Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/customers"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("vaadin-grid"),
                "Jardinería Peña " + suffix));
    }

    @Test
    void wrongPasswordIsRefused() {
        browser.get(url("/login"));
        type("input[name=username]", "nobody-" + UUID.randomUUID() + "@example.com");
        type("input[name=password]", "Wrong-password-1" + Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("error"));
        WebElement form = waitFor("vaadin-login-form-wrapper, vaadin-login-form");
        assertThat(form.getAttribute("error")).isNotNull();
        assertThat(browser.getCurrentUrl()).contains("/login");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private WebElement waitFor(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private void type(String css, CharSequence text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        input.click();
        input.sendKeys(text);
    }

    private void click(String css) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        // Long pages (the customer profile) scroll inside the layout: bring the element to the middle first.
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }
}
