package com.cartera.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.cartera.TestData;
import com.cartera.analytics.PortfolioAnalytics;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerFilter;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.SavedViewDefinition;
import com.cartera.customer.SavedViewService;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.marketing.CampaignChannel;
import com.cartera.marketing.CampaignInfo;
import com.cartera.marketing.Campaigns;
import com.cartera.sales.Opportunity;
import com.cartera.sales.OpportunityService;
import com.cartera.sales.PipelineService;
import com.cartera.sales.PipelineStage;
import com.cartera.security.SignedInUser;

/**
 * Marketing from campaign to CAC in a real browser: an admin creates an e-mail campaign, builds its target list
 * from a shared saved view of the leads (the lead without marketing consent is left out), books spend on it, wins
 * the two consenting leads' opportunities on the pipeline board, and after the analytics refresh reads CAC and
 * lead conversion on the marketing home and the CAC card of the management dashboard.
 */
class MarketingJourneyE2E extends BrowserTest {

    private static final String CAMPAIGN = "Primavera por e-mail";
    private static final String VIEW = "Leads de primavera";
    private static final String LIST = "Leads que aceptan e-mail";

    @Autowired
    ApplicationContext context;

    @Test
    void aCampaignWithItsListAndSpendTurnsTwoWonLeadsIntoCacAndConversionOnTheDashboards() {
        var data = new TestData(context);
        SignedInUser admin = data.newWorkspace("Marketing E2E " + TestData.uniqueSlug("e2e"));
        Customer ana = lead(admin, "Ana Lead", true);
        Customer bea = lead(admin, "Bea Lead", true);
        lead(admin, "Carla Sinconsentimiento", false);
        var savedViews = context.getBean(SavedViewService.class);
        TestData.as(admin, () -> savedViews.create(VIEW, true, new SavedViewDefinition(
                CustomerFilter.NONE.withStages(Set.of(LifecycleStage.LEAD)), List.of(), List.of())));
        var pipelines = context.getBean(PipelineService.class);
        var opportunities = context.getBean(OpportunityService.class);
        long pipelineId = TestData.as(admin, () -> pipelines.mainPipeline().getId());
        PipelineStage won = TestData.as(admin, () -> pipelines.stages(pipelineId)).stream()
                .filter(PipelineStage::isWon).findFirst().orElseThrow();
        Opportunity anaDeal = TestData.as(admin, () -> opportunities.quickAdd(pipelineId, ana.getId(),
                "Plan anual Ana", new BigDecimal("900")));
        Opportunity beaDeal = TestData.as(admin, () -> opportunities.quickAdd(pipelineId, bea.getId(),
                "Plan anual Bea", new BigDecimal("1200")));
        LocalDate today = TestData.as(admin, () -> context.getBean(WorkspaceCalendar.class).today());
        LocalDate endsOn = today.plusDays(30);

        signIn(admin);

        // The campaign: its start date is today already.
        browser.get(url("/marketing/campaigns/new"));
        type(field("vaadin-text-field", "Nombre"), CAMPAIGN);
        choose(field("vaadin-combo-box", "Canal"), "E-mail");
        choose(field("vaadin-combo-box", "Fuente"), "E-mail");
        type(field("vaadin-date-picker", "Termina"), DateTimeFormatter.ofPattern("d/M/yyyy").format(endsOn) + Keys.ENTER);
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("vaadin-date-picker[opened]"), 0));
        type(field("vaadin-big-decimal-field", "Presupuesto"), "30000");
        click(button("Crear campaña"));
        wait.until(ExpectedConditions.urlMatches("/marketing/campaigns/\\d+$"));
        String campaignPage = browser.getCurrentUrl();
        CampaignInfo campaign = TestData.as(admin, () -> context.getBean(Campaigns.class).findByName(CAMPAIGN))
                .orElseThrow();
        assertThat(campaign.channel()).isEqualTo(CampaignChannel.EMAIL);
        assertThat(campaign.startsOn()).isEqualTo(today);
        assertThat(campaign.endsOn()).isEqualTo(endsOn);
        assertThat(campaign.budget()).isEqualByComparingTo("30000");

        // Its target list, from the shared saved view: two members, Carla left out for lack of consent.
        click(button("Lista de destinatarios"));
        wait.until(ExpectedConditions.urlContains("/lists"));
        click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-select[.//label[normalize-space(.)='Tomar de']]"))));
        click(lastShown(By.xpath("//vaadin-select-item[contains(., 'Vista guardada compartida')]")));
        choose(field("vaadin-combo-box", "Selección"), VIEW);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".target-list-preview"),
                "3 clientes en la selección: 2 entrarían en la lista y 1 quedarían fuera (1 sin consentimiento"));
        WebElement name = field("vaadin-text-field", "Nombre de la lista");
        name.sendKeys(Keys.chord(Keys.CONTROL, "a"), LIST);
        click(button("Crear lista"));
        click(wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + LIST + "']"))));
        wait.until(ExpectedConditions.urlMatches("/marketing/lists/\\d+$"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".target-list-view"),
                "2 miembros, 1 fuera"));
        cell("Ana Lead");
        cell("Bea Lead");
        click(wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-tab[contains(., 'Fuera de la lista')]"))));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//vaadin-grid-cell-content"
                + "[contains(., 'Sin consentimiento de marketing')]")));
        cell("Carla Sinconsentimiento");

        // Spend on the campaign page, dated the campaign's first day (today) by the dialog.
        browser.get(campaignPage);
        click(button("Añadir gasto"));
        type(field("vaadin-big-decimal-field", "Importe"), "25000");
        choose(field("vaadin-combo-box", "Categoría"), "Medios");
        click(lastShown(By.xpath("//vaadin-button[normalize-space(.)='Guardar']")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".campaign-spend-total"),
                "25.000,00"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[contains(., 'Medios')]")));

        // The two consenting leads won on the pipeline board through each card's "move to stage" dialog.
        browser.get(url("/pipeline"));
        win(anaDeal, won);
        win(beaDeal, won);

        // The aggregates refreshed as the scheduled job does it, for this workspace only.
        TestData.as(admin, context.getBean(PortfolioAnalytics.class)::refresh);

        // CAC by hand: 25.000 € of spend over the 2 customers acquired today = 12.500 €; 2 of the 3 leads converted.
        browser.get(url("/dashboard/marketing"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tile-mk-cac"), "12.500"));
        assertThat(text("#tile-mk-cac")).contains("12.500 €");
        assertThat(text("#tile-mk-spend")).contains("25.000 €");
        assertThat(text("#tile-mk-new")).contains("2");
        assertThat(text("#tile-mk-leads")).contains("3");
        assertThat(text("#tile-mk-conversion")).contains("66,7 %");

        // The management dashboard is the admin's and management's /dashboard (no /dashboard/management route).
        browser.get(url("/dashboard"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("management-cac"), "12.500"));
        assertThat(text("#management-cac")).isEqualTo("12.500 €");
        assertThat(browser.findElement(By.xpath("//*[@id='management-cac']/..")).getText().replace('\u00a0', ' '))
                .contains("Clientes nuevos\n2").contains("66,7 % (2 de 3 leads)");
    }

    private Customer lead(SignedInUser admin, String name, boolean consent) {
        var customer = new Customer();
        customer.setName(name);
        customer.setEmail(TestData.uniqueEmail(name.split(" ")[0].toLowerCase()));
        customer.setLifecycleStage(LifecycleStage.LEAD);
        customer.setMarketingConsent(consent);
        return TestData.as(admin, () -> context.getBean(CustomerService.class).save(customer));
    }

    private void win(Opportunity deal, PipelineStage won) {
        click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                ".opportunity-card[data-opportunity='" + deal.getId() + "'] vaadin-button[title='Mover a etapa…']"))));
        click(lastShown(By.xpath("//vaadin-button[normalize-space(.)='" + won.getName() + "']")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".stage-column[data-stage='"
                + won.getName() + "'] .opportunity-card[data-opportunity='" + deal.getId() + "']")));
    }

    private WebElement field(String tag, String label) {
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//" + tag + "[.//label[normalize-space(.)='" + label + "']]//input")));
    }

    private WebElement button(String text) {
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[normalize-space(.)='" + text + "']")));
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
        // Closed combo boxes keep their items in the page: wait for the open one's.
        lastShown(By.xpath("//vaadin-combo-box-item[normalize-space(.)='" + item + "']"));
        input.sendKeys(Keys.ENTER);
    }

    private void cell(String text) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + text + "']")));
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
