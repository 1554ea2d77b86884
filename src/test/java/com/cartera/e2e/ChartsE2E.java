package com.cartera.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;

import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.Purchases;
import com.cartera.security.SignedInUser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The chart component in a real browser: the Pareto chart on /segments is drawn by ECharts (loaded from the
 * WebJar by the page) on a canvas, carries its description for assistive technology, follows a phone-sized
 * window, and the page logs no error.
 */
class ChartsE2E extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Test
    void theParetoChartIsDrawnDescribedAndResizedWithoutConsoleErrors() {
        String email = TestData.uniqueEmail("charts");
        var data = new TestData(context);
        SignedInUser admin = data.newWorkspace("Gráficos " + email.hashCode(), TestData.uniqueSlug("charts"), email);
        var purchases = new Purchases(context);
        for (int i = 1; i <= 10; i++) {
            Customer customer = data.customer(admin, "Cliente " + i, null, LifecycleStage.ACTIVE);
            purchases.buy(admin, customer, LocalDate.of(2026, 1, i), Integer.toString(i * 100));
        }

        browser.get(url("/login"));
        type("input[name=username]", email);
        type("input[name=password]", TestData.PASSWORD + Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/dashboard"));
        browser.get(url("/segments"));

        WebElement chart = waitFor("cartera-chart.chart-pareto");
        wait.until(ExpectedConditions.presenceOfNestedElementLocatedBy(chart, By.cssSelector("canvas")));
        assertThat(chart.getAttribute("role")).isEqualTo("img");
        assertThat(chart.getAttribute("aria-label"))
                .startsWith("Ingresos acumulados según la proporción de clientes, de más a menos valor.")
                .contains("34,5");
        var page = (JavascriptExecutor) browser;
        // ECharts itself holds the description and the decal patterns.
        assertThat(page.executeScript("const c = echarts.getInstanceByDom(arguments[0]);"
                + " const o = c.getOption(); const aria = [].concat(o.aria)[0];"
                + " return [aria.label.description, aria.decal.show,"
                + " o.series.length];", chart))
                .isEqualTo(List.of(chart.getAttribute("aria-label"), true, 3L));
        long wide = canvasWidth(chart);

        browser.manage().window().setSize(new Dimension(390, 844));
        wait.until(driver -> canvasWidth(chart) < wide && canvasWidth(chart) <= 390);

        assertThat(errors()).isEmpty();
    }

    private long canvasWidth(WebElement chart) {
        return ((Number) ((JavascriptExecutor) browser).executeScript(
                "const c = arguments[0].querySelector('canvas'); return c ? c.getBoundingClientRect().width : 0;",
                chart)).longValue();
    }

    private List<String> errors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }
}
