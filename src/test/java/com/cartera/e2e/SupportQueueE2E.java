package com.cartera.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.support.TicketChannel;
import com.cartera.support.TicketDraft;
import com.cartera.support.TicketPriority;
import com.cartera.support.TicketService;
import com.cartera.support.TicketType;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The ticket queue and the support home in a real browser, on a desk and on a phone: the grid shows the agent's
 * tickets and, on a phone, keeps only its phone columns; screenshots of both widths go to {@code target/e2e/}.
 */
class SupportQueueE2E extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Test
    void theQueueAndTheSupportHomeOnADeskAndOnAPhone() throws Exception {
        String email = TestData.uniqueEmail("colas");
        var data = new TestData(context);
        SignedInUser admin = data.newWorkspace("Colas " + email.hashCode(), TestData.uniqueSlug("colas"), email);
        String agentEmail = TestData.uniqueEmail("agente");
        SignedInUser agent = data.addMember(admin, agentEmail, "Sara Soporte", Set.of(Role.SUPPORT));
        var tickets = context.getBean(TicketService.class);
        String[] subjects = {"La impresora no imprime", "Factura duplicada de marzo", "Servidor caído en la tienda",
                "Consulta de garantía del router", "Pedido sin entregar", "Cambio de contraseña del portal"};
        TicketPriority[] priorities = TicketPriority.values();
        for (int i = 0; i < subjects.length; i++) {
            Customer customer = data.customer(admin, "Cliente " + (i + 1) + " S.L.", null, LifecycleStage.ACTIVE);
            var draft = new TicketDraft(customer.getId(), null, TicketType.values()[i % 4], TicketChannel.EMAIL,
                    subjects[i], null, priorities[i % 4], null, null, i % 3 == 2 ? null : agent.userId(), null);
            TestData.as(agent, () -> tickets.open(draft));
        }

        browser.get(url("/login"));
        type("input[name=username]", agentEmail);
        type("input[name=password]", TestData.PASSWORD + Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/dashboard"));
        browser.manage().window().setSize(new Dimension(1440, 900));
        browser.get(url("/support"));
        waitFor("vaadin-grid#ticket-grid");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                org.openqa.selenium.By.cssSelector("vaadin-grid#ticket-grid"), "La impresora no imprime"));
        shoot("support-queue-1440");
        assertThat(visibleColumns()).isGreaterThan(6);

        browser.manage().window().setSize(new Dimension(390, 844));
        wait.until(driver -> visibleColumns() <= 5);
        shoot("support-queue-390");

        browser.manage().window().setSize(new Dimension(1440, 900));
        browser.get(url("/dashboard/support"));
        waitFor("#my-open-tickets");
        shoot("support-home-1440");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        waitFor("#my-open-tickets");
        shoot("support-home-390");
        assertThat(browser.findElement(org.openqa.selenium.By.id("my-open-tickets")).getText()).isEqualTo("4");
    }

    /** Visible data columns of the grid (the selection column included). */
    private long visibleColumns() {
        Object count = ((JavascriptExecutor) browser).executeScript(
                "return [...document.querySelectorAll('vaadin-grid#ticket-grid > vaadin-grid-column')]"
                        + ".filter(c => !c.hidden).length");
        return ((Number) count).longValue();
    }

    private void shoot(String name) throws Exception {
        Path shots = Path.of("target", "e2e");
        Files.createDirectories(shots);
        Files.write(shots.resolve(name + ".png"), ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
    }
}
