package com.cartera.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.cartera.TestData;

/**
 * The Content-Security-Policy in a real browser (Debian's headless Chromium): signing in through the login form
 * (which sends Spring's CSRF token from the page) and opening the main pages, charts included, logs no
 * policy violation in the browser's console.
 */
class ContentSecurityPolicyE2E extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Test
    void theMainPagesRunUnderThePolicyWithoutViolations() {
        String email = TestData.uniqueEmail("csp");
        new TestData(context).newWorkspace("Política " + email.hashCode(), TestData.uniqueSlug("csp"), email);

        browser.get(url("/login"));
        type("input[name=username]", email);
        type("input[name=password]", TestData.PASSWORD + Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/dashboard"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".drawer-header")));

        for (String page : List.of("/segments", "/pipeline", "/agenda", "/import", "/customers", "/dashboard")) {
            browser.get(url(page));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".drawer-header")));
        }

        assertThat(violations()).isEmpty();

        // The check itself works: an image from another origin is refused and logged.
        ((JavascriptExecutor) browser).executeScript(
                "const img = document.createElement('img'); img.src = 'http://127.0.0.2:9/x.png';"
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
}
