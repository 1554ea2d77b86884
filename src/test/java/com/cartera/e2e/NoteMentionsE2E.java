package com.cartera.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.notification.NotificationService;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * In a real browser: typing {@code @} in a customer's notes offers the members, the keyboard picks one, saving
 * stores the mention and the person's bell shows it.
 */
class NoteMentionsE2E extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Test
    void aMemberPickedWithTheKeyboardInTheNotesIsToldThroughTheBell() throws Exception {
        var data = new TestData(context);
        SignedInUser admin = data.newWorkspace("Menciones E2E " + TestData.uniqueSlug("e2e"));
        SignedInUser seller = data.addMember(admin, TestData.uniqueEmail("sara"), "Sara Ventas", Set.of(Role.SALES));
        data.addMember(admin, TestData.uniqueEmail("saul"), "Saúl Soporte", Set.of(Role.SUPPORT));
        Customer customer = data.customer(admin, "Bodegas Rioja", null, LifecycleStage.ACTIVE);

        signIn(admin);
        browser.get(url("/customers/" + customer.getId()));
        click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-tab[contains(., 'Perfil')]"))));
        WebElement notes = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#customer-notes textarea")));
        click(notes);
        notes.sendKeys("Llamar con @sa");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("vaadin-list-box"), "@Saúl Soporte"));
        // The first match is chosen; the arrows move through the list without leaving the notes.
        notes.sendKeys(Keys.ARROW_DOWN);
        wait.until(ExpectedConditions.attributeToBeNotEmpty(
                browser.findElement(By.xpath("//vaadin-item[contains(., '@Saúl Soporte')]")), "selected"));
        notes.sendKeys(Keys.ARROW_UP);
        wait.until(ExpectedConditions.attributeToBeNotEmpty(
                browser.findElement(By.xpath("//vaadin-item[contains(., '@Sara Ventas')]")), "selected"));
        notes.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#customer-notes textarea"), "value",
                "Llamar con @[Sara Ventas] "));
        notes.sendKeys("mañana");
        click("#customer-save");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-notification-card")));

        var customers = context.getBean(CustomerService.class);
        assertThat(TestData.as(admin, () -> customers.find(customer.getId()).orElseThrow().getNotes()))
                .isEqualTo("Llamar con @[" + seller.userId() + "] mañana");
        assertThat(TestData.as(seller, () -> context.getBean(NotificationService.class).unreadCount())).isEqualTo(1);

        browser.manage().deleteAllCookies();
        signIn(seller);
        for (int width : new int[] {1440, 390}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            browser.get(url("/customers"));
            wait.until(ExpectedConditions.textToBe(By.cssSelector(".notification-count"), "1"));
            click(".notification-bell");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notification-list"),
                    "te ha mencionado en las notas de Bodegas Rioja"));
            shoot("bell-" + width);
        }
        browser.get(url("/account/notifications"));
        waitFor("vaadin-radio-group");
        shoot("preferences-390");
        browser.manage().window().setSize(new Dimension(1440, 900));
        shoot("preferences-1440");
    }

    private void signIn(SignedInUser user) {
        browser.get(url("/login"));
        type("input[name=username]", user.email());
        type("input[name=password]", TestData.PASSWORD + Keys.ENTER);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private void shoot(String name) throws Exception {
        Path shots = Path.of("target", "e2e");
        Files.createDirectories(shots);
        Files.write(shots.resolve("notifications-" + name + ".png"), ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
    }
}
