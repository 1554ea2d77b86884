package com.cartera.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.cartera.TestData;
import com.cartera.security.Role;
import com.cartera.security.SentMail;
import com.cartera.security.SignedInUser;
import com.cartera.support.webform.FormSettings;
import com.cartera.support.webform.WebFormSettings;

/**
 * The support desk in a real browser, from the customer's side to management's: a customer opens a ticket on the
 * workspace's public form, an agent answers and resolves it on the ticket page, the survey arrives by mail (at the
 * test JVM's SMTP server), the customer rates the help through its link, and the CSAT tile of the support home moves.
 */
class SupportJourneyE2E extends BrowserTest {

    private static final Pattern NUMBER = Pattern.compile("#(\\d+)");

    @Autowired
    ApplicationContext context;

    @Test
    void aTicketFromThePublicFormIsAnsweredResolvedAndRatedAndTheCsatTileMoves() {
        var data = new TestData(context);
        SignedInUser admin = data.newWorkspace("Soporte E2E " + TestData.uniqueSlug("e2e"));
        SignedInUser agent = data.addMember(admin, TestData.uniqueEmail("sonia"), "Sonia Soporte", Set.of(Role.SUPPORT));
        var settings = context.getBean(WebFormSettings.class);
        TestData.as(admin, () -> settings.save(new FormSettings(true, null, Set.of(), 0)));
        String address = TestData.as(admin, settings::publicAddress);
        String formPath = address.substring(address.indexOf("/ayuda/"));
        String customer = TestData.uniqueEmail("cliente");

        signIn(admin);
        browser.get(url("/dashboard/support"));
        String tileBefore = waitFor("#tile-csat").getText();
        browser.manage().deleteAllCookies();

        browser.get(url(formPath));
        type("#support-form-name input", "Ana Pérez");
        type("#support-form-email input", customer);
        type("#support-form-subject input", "No llega el pedido");
        type("#support-form-description textarea", "Pedí el 3 de mayo y todavía no ha llegado.");
        click("#support-form-send");
        Matcher number = NUMBER.matcher(waitFor(".support-form-received").getText());
        assertThat(number.find()).isTrue();
        long ticketId = Long.parseLong(number.group(1));
        assertThat(SentMail.last(customer).subject()).contains("#" + ticketId);

        browser.manage().deleteAllCookies();
        signIn(agent);
        browser.get(url("/support/tickets/" + ticketId));
        WebElement reply = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".ticket-conversation vaadin-text-area textarea")));
        click(reply);
        reply.sendKeys("Lo enviamos de nuevo hoy; llega mañana.");
        click(wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[contains(., 'Responder al cliente')]"))));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ticket-message-reply"),
                "llega mañana"));
        // The status steps sit in the page's header, scrolled away by now: found, brought into view, clicked.
        click(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ticket-step-resolved"))));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.id("ticket-step-resolved"), 0));

        SentMail.Message survey = SentMail.to(customer).stream()
                .filter(message -> message.text().contains("/survey/")).reduce((first, last) -> last).orElseThrow();
        String surveyLink = survey.link();
        browser.manage().deleteAllCookies();
        browser.get(url(surveyLink.substring(surveyLink.indexOf("/survey/"))));
        click(wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("(//vaadin-button[contains(@class, 'survey-rating')])[5]"))));
        click(".survey-send");
        waitFor(".survey-recorded");

        signIn(admin);
        browser.get(url("/dashboard/support"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tile-csat"), "100"));
        assertThat(browser.findElement(By.id("tile-csat")).getText()).isNotEqualTo(tileBefore);
    }

    private void signIn(SignedInUser user) {
        browser.get(url("/login"));
        type("input[name=username]", user.email());
        type("input[name=password]", TestData.PASSWORD + Keys.ENTER);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }
}
