package com.cartera.e2e;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The customer grid's menus, made on the server when first clicked, open in a real browser at that first click
 * and at later ones: the column chooser shows a hidden column, the saved views' actions open the save dialog. The
 * column chooser's checks are clicked where a person clicks, at their middle: a check as wide as the popover ignored a
 * click on the empty space beside its short label.
 */
class CustomerGridMenusE2E extends BrowserTest {

    @Test
    void theColumnChooserAndTheViewActionsOpenOnTheirFirstAndLaterClicks() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        browser.get(url("/signup"));
        type("#signup-company input", "Menús Perezosos " + suffix);
        type("#signup-name input", "Lucía Ortega");
        type("#signup-email input", "e2e-menus-" + suffix + "@example.com");
        type("#signup-password input", "Journey-" + suffix + "-9");
        click("#signup-submit");
        wait.until(ExpectedConditions.urlContains("/dashboard"));
        browser.get(url("/customers"));

        click("#customers-columns");
        click(wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-checkbox[.//label[contains(., 'Sector')]]"))));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("vaadin-grid"), "Sector"));
        // Closed by a click elsewhere, and opened again by the browser alone.
        click("#customers-search");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(
                By.xpath("//vaadin-checkbox[.//label[contains(., 'Sector')]]")));
        click("#customers-columns");
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-checkbox[.//label[contains(., 'Sector')]]")));

        click("#customers-search");
        click("#customers-view-actions");
        click(wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[contains(., 'Guardar como')]"))));
        waitFor("vaadin-dialog-overlay, vaadin-dialog");
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-text-field[.//label[contains(., 'Nombre de la vista')]]")));
    }
}
