package com.cartera.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.cartera.TestData;
import com.cartera.security.SentMail;
import com.cartera.security.SignedInUser;
import com.cartera.support.csat.CsatFixture;

/** A customer answers the satisfaction survey on a phone-sized screen, from the mailed link, signed in nowhere. */
class SurveyE2E extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Test
    void aCustomerRatesOnAPhoneAndASecondVisitShowsTheAnswer() throws Exception {
        var fixture = new CsatFixture(context);
        SignedInUser admin = new TestData(context).newWorkspace("Reformas Integrales Vega S.L.");
        String email = TestData.uniqueEmail("cliente");
        long customer = fixture.customer(admin, "Hostal La Marina S.L.", email);
        long ticket = fixture.ticket(admin, customer, null, admin.userId(), "La caldera del hostal no enciende");
        fixture.resolve(admin, customer, ticket);
        String link = SentMail.last(email).link();
        String path = link.substring(link.indexOf("/survey/"));

        browser.manage().window().setSize(new Dimension(1440, 900));
        browser.get(url(path));
        waitFor(".survey-rating");
        shot("survey-1440");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        waitFor(".survey-rating");
        var buttons = browser.findElements(By.cssSelector(".survey-rating"));
        assertThat(buttons).hasSize(5);
        assertThat(buttons.get(0).getSize().getWidth()).as("full width on a phone").isGreaterThan(280);
        assertThat(buttons.get(0).getSize().getHeight()).as("a thumb's target").isGreaterThanOrEqualTo(44);
        shot("survey-390");
        click(buttons.get(1));
        type("vaadin-text-area textarea", "Tardaron una semana en venir");
        click(".survey-send");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".survey-card"),
                "¡Gracias por tu valoración!"));
        shot("survey-390-thanks");

        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".survey-card"),
                "Ya respondiste a esta encuesta."));
        assertThat(browser.findElement(By.cssSelector(".survey-card")).getText())
                .contains("Tu valoración: 2/5 (Insatisfecho)").contains("Tardaron una semana en venir");
        assertThat(browser.findElements(By.cssSelector(".survey-rating"))).isEmpty();
    }

    @Test
    void theSupportHomeShowsCsatTrendAndDistribution() throws Exception {
        var fixture = new CsatFixture(context);
        SignedInUser admin = new TestData(context).newWorkspace("Distribuciones CSAT");
        var link = context.getBean(com.cartera.support.csat.SurveyLink.class);
        int[] ratings = {5, 4, 4, 3, 2, 1, 5, 0, 0, 0};
        for (int i = 0; i < ratings.length; i++) {
            String email = TestData.uniqueEmail("c" + i);
            long customer = fixture.customer(admin, "Cliente " + i, email);
            long ticket = fixture.ticket(admin, customer, null, admin.userId(), "Consulta " + i);
            fixture.resolve(admin, customer, ticket);
            if (ratings[i] > 0) {
                link.answer(SentMail.last(email).token(), ratings[i], null);
            }
        }
        browser.manage().window().setSize(new Dimension(1440, 1000));
        browser.get(url("/login"));
        type("input[name=username]", admin.email());
        type("input[name=password]", TestData.PASSWORD + Keys.ENTER);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

        browser.get(url("/dashboard/support?period=this-month"));
        WebElement tile = waitFor("#tile-csat");
        assertThat(tile.getText()).contains("CSAT").contains("57");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})", tile);
        shot("support-csat-1440");
        browser.manage().window().setSize(new Dimension(390, 844));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})",
                waitFor("#tile-csat"));
        shot("support-csat-390");
    }

    private void shot(String name) throws Exception {
        Path shots = Path.of("target", "e2e");
        Files.createDirectories(shots);
        Files.write(shots.resolve(name + ".png"), ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
    }
}
