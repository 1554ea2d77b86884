package com.cartera.e2e;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.cartera.TestData;
import com.cartera.commerce.CommerceFixtures;
import com.cartera.commerce.Product;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.finance.DunningRun;
import com.cartera.finance.Invoice;
import com.cartera.finance.InvoiceService;
import com.cartera.finance.InvoiceStatus;
import com.cartera.finance.PaymentRiskRefresh;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.security.TeamDirectory;
import com.cartera.tenancy.TenantSql;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finance in a real browser, as the issue tells it: a purchase is billed from the customer page, a partial payment
 * is recorded on the payments page, the invoice ages past due, and the customer shows the payment risk while the
 * owner's agenda holds the dunning follow-up naming the invoice.
 */
class FinanceJourneyE2E extends BrowserTest {

    /**
     * How long the invoice is left to age: issued today with the default 30 days of terms, it is then
     * 65 − 30 = 35 days overdue, past the 30-day "call the customer" step (not yet the 60-day one) and past the
     * 30 days after which the risk is "watch" (not yet the 90 of "high").
     */
    private static final int DAYS_PASSED = 65;
    private static final int DAYS_OVERDUE = DAYS_PASSED - 30;

    @Autowired
    ApplicationContext context;
    @Autowired
    TenantSql sql;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aBilledPurchasePaidInPartAgesIntoRiskAndADunningFollowUp() {
        var data = new TestData(context);
        SignedInUser admin = data.newWorkspace("Finanzas E2E " + TestData.uniqueSlug("e2e"));
        SignedInUser owner = data.addMember(admin, TestData.uniqueEmail("olga"), "Olga Ventas", Set.of(Role.SALES));
        var commerce = new CommerceFixtures(context);
        Product boiler = commerce.product(admin, "Caldera", "CAL-" + TestData.uniqueSlug("c"), "2000.00");
        String name = "Talleres Ribera " + TestData.uniqueSlug("t");
        Customer customer = TestData.as(admin, () -> {
            var made = new Customer();
            made.setName(name);
            made.setLifecycleStage(LifecycleStage.ACTIVE);
            made.setOwner(context.getBean(TeamDirectory.class).find(owner.userId()).orElseThrow());
            return context.getBean(CustomerService.class).save(made);
        });
        LocalDate today = TestData.as(admin, context.getBean(WorkspaceCalendar.class)::today);
        commerce.purchase(admin, customer.getId(), today.minusDays(DAYS_PASSED), boiler);

        // Billed from the customer's "Facturas" tab in one step.
        signIn(admin);
        browser.get(url("/customers/" + customer.getId()));
        click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-tab[contains(., 'Facturas')]"))));
        click(lastShown(By.xpath("//vaadin-button[normalize-space(.)='Facturar compras']")));
        click(lastShown(By.xpath("//vaadin-grid-cell-content//vaadin-checkbox")));
        click(lastShown(By.xpath("//vaadin-button[normalize-space(.)='Crear y emitir factura']")));
        wait.until(ExpectedConditions.urlMatches("/finance/invoices/\\d+$"));
        String path = browser.getCurrentUrl();
        long invoiceId = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        Invoice issued = TestData.as(admin, () -> context.getBean(InvoiceService.class).find(invoiceId)).orElseThrow();
        assertThat(issued.status()).isEqualTo(InvoiceStatus.ISSUED);
        String number = issued.number();
        // One boiler at 2 000,00 net with the default IVA of 21 %: tax 420,00, total 2 420,00, all of it open.
        waitForText(".invoice-summary", "Total 2.420,00 € · Pendiente: 2.420,00 €");
        assertThat(text("body")).contains(number).contains("Emitida");

        // A payment of 1 000,00 allocated to the invoice on the payments page.
        browser.get(url("/finance/payments"));
        click(lastShown(By.xpath("//vaadin-button[normalize-space(.)='Registrar cobro']")));
        choose(lastShown(By.xpath("//vaadin-combo-box[.//label[normalize-space(.)='Cliente']]//input")), name);
        WebElement allocation = lastShown(By.xpath("//input[@aria-label='" + number + "']"));
        type(lastShown(By.xpath("//vaadin-big-decimal-field[.//label[normalize-space(.)='Importe']]//input")),
                "1000");
        type(allocation, "1000" + Keys.TAB);
        By save = By.xpath("//vaadin-button[normalize-space(.)='Registrar']");
        click(lastShown(save));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(save));

        // 2 420,00 − 1 000,00 = 1 420,00 still open: partly paid.
        browser.get(url("/finance/invoices/" + invoiceId));
        waitForText(".invoice-summary", "Pendiente: 1.420,00 €");
        assertThat(text(".invoice-view")).contains("Cobrada en parte");

        // Time passes: the app's Clock is the system's (base.time.ClockConfiguration) and cannot be moved in a
        // browser test, so the workspace's finance days are moved back instead — the same as the calendar moving
        // DAYS_PASSED days on. Then the nightly jobs' own calls, for this workspace: DunningJobs runs
        // DunningRun#run(today) and DailyPaymentRisk runs PaymentRiskRefresh#judgeAll.
        inWorkspace(admin, () -> {
            for (String update : List.of(
                    "update invoice set issued_on = issued_on - :days, due_on = due_on - :days"
                            + " where issued_on is not null",
                    "update payment set received_on = received_on - :days",
                    "update payment_allocation set allocated_on = allocated_on - :days",
                    "update receivable_entry set booked_on = booked_on - :days, due_on = due_on - :days")) {
                sql.client().sql(update).param("days", DAYS_PASSED).update();
            }
            return null;
        });
        // One invoice reaching one new highest step (30 days, "call", the owner's).
        assertThat(TestData.as(admin, () -> context.getBean(DunningRun.class).run(today))).isEqualTo(1);
        TestData.as(admin, context.getBean(PaymentRiskRefresh.class)::judgeAll);

        // The owner sees the risk in words on the customer page ...
        browser.manage().deleteAllCookies();
        signIn(owner);
        browser.get(url("/customers/" + customer.getId()));
        waitForText(".payment-risk", "Riesgo de pago: Vigilar · facturas vencidas");
        // ... and the follow-up in the agenda naming the invoice and its open amount.
        browser.get(url("/agenda"));
        lastShown(By.xpath("//vaadin-grid-cell-content[contains(., 'Factura " + number + " vencida hace "
                + DAYS_OVERDUE + " días') and contains(., 'pendiente 1.420,00 EUR')]"));
    }

    private <T> T inWorkspace(SignedInUser user, java.util.function.Supplier<T> work) {
        return TestData.as(user, () -> transactions.execute(status -> work.get()));
    }

    /** The last visible match: a dialog's button rather than the page's one of the same name beneath it. */
    private WebElement lastShown(By by) {
        return wait.until(driver -> driver.findElements(by).stream().filter(WebElement::isDisplayed)
                .reduce((first, last) -> last).orElse(null));
    }

    private void type(WebElement input, CharSequence text) {
        click(input);
        input.sendKeys(text);
    }

    /** A combo box's item picked as a user does: typed, shown in the list, taken with Enter. */
    private void choose(WebElement input, String item) {
        type(input, item);
        lastShown(By.xpath("//vaadin-combo-box-item[normalize-space(.)='" + item + "']"));
        input.sendKeys(Keys.ENTER);
    }

    /** Waits until the element shows {@code expected}, read with the narrow and no-break spaces as plain ones. */
    private void waitForText(String css, String expected) {
        wait.until(driver -> driver.findElements(By.cssSelector(css)).stream()
                .anyMatch(element -> element.getText().replace('\u00a0', ' ').replace('\u202f', ' ')
                        .contains(expected)));
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText().replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private void signIn(SignedInUser user) {
        browser.get(url("/login"));
        type("input[name=username]", user.email());
        type("input[name=password]", TestData.PASSWORD + Keys.ENTER);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }
}
