package com.cartera.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The main journey in a real browser (Debian's headless Chromium): a company signs up, lands in its
 * workspace, creates a customer, signs out, signs in again and finds the customer; a wrong password
 * is refused.
 */
class MainJourneyE2E extends BrowserTest {

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

        // The new admin lands on their home, the management dashboard.
        wait.until(ExpectedConditions.urlContains("/dashboard"));
        assertThat(waitFor(".drawer-header").getText()).contains("Viveros del Sur " + suffix);

        browser.get(url("/customers"));
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
        wait.until(ExpectedConditions.urlContains("/dashboard"));
        browser.get(url("/customers"));
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
}
