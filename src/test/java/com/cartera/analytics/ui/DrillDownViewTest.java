package com.cartera.analytics.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.analytics.DrillDown;
import com.cartera.analytics.KpiCount;
import com.cartera.analytics.Period;
import com.cartera.analytics.PortfolioAnalytics;
import com.cartera.base.ui.chart.Chart;
import com.cartera.base.ui.chart.CohortHeatmap;
import com.cartera.base.ui.chart.KpiTile;
import com.cartera.base.ui.chart.StackedBarChart;
import com.cartera.customer.CustomerList;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.Purchases;
import com.cartera.customer.WorkspaceCalendar;
import com.cartera.customer.ui.CustomersView;
import com.cartera.importexport.FiguresExport;
import com.cartera.security.SignedInUser;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A figure clicked on a dashboard opens the customer grid narrowed to exactly the customers behind it (its count is
 * the figure's), and a dashboard's figures download as an .xlsx.
 */
class DrillDownViewTest extends KaribuTest {

    private SignedInUser admin;
    private LocalDate today;

    @BeforeEach
    void twoBuyersAndALead() {
        admin = data.newWorkspace("Desglose " + TestData.uniqueSlug("dv"));
        today = as(admin, () -> context.getBean(WorkspaceCalendar.class).today());
        var purchases = new Purchases(context);
        purchases.buy(admin, data.customer(admin, "Ana", "ana@example.es", LifecycleStage.ACTIVE), today, "300.00");
        purchases.buy(admin, data.customer(admin, "Luis", "luis@example.es", LifecycleStage.ACTIVE), today, "100.00");
        data.customer(admin, "Sin compras", "lead@example.es", LifecycleStage.LEAD);
        as(admin, () -> context.getBean(PortfolioAnalytics.class).rebuild());
    }

    @Test
    void clickingTheNewCustomersTileOpensTheGridWithAsManyCustomers() {
        login(admin);
        UI.getCurrent().navigate("dashboard", QueryParameters.of("period", "this-month"));
        KpiTile tile = _get(KpiTile.class, spec -> spec.withId("tile-new"));
        assertThat(tile.getValueText()).isEqualTo("2");

        ComponentUtil.fireEvent(tile, new ClickEvent<>(tile));

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(CustomersView.class);
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getSingleParameter("list"))
                .isPresent();
        assertThat(GridKt._size(_get(Grid.class))).isEqualTo(2);
        assertThat(_get(Span.class, spec -> spec.withId("customers-list-chip")).getElement().getTextRecursively())
                .startsWith("Desde el panel: Clientes nuevos").endsWith("(2)");
    }

    @Test
    void clickingAMonthlyBarOpensThatMonthsCustomers() {
        login(admin);
        UI.getCurrent().navigate("dashboard", QueryParameters.of("period", "this-month"));
        Chart bars = _find(Chart.class).stream().filter(chart -> chart.getSpec() instanceof StackedBarChart)
                .findFirst().orElseThrow();

        ComponentUtil.fireEvent(bars, new Chart.PointClickEvent(bars, true, "Clientes nuevos", 0, null, 2.0));

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(CustomersView.class);
        assertThat(GridKt._size(_get(Grid.class))).isEqualTo(2);
    }

    @Test
    void clickingACohortCellOpensItsBuyers() {
        login(admin);
        UI.getCurrent().navigate("dashboard", QueryParameters.of("period", "this-month"));
        Chart heatmap = _find(Chart.class).stream().filter(chart -> chart.getSpec() instanceof CohortHeatmap)
                .findFirst().orElseThrow();

        ComponentUtil.fireEvent(heatmap, new Chart.PointClickEvent(heatmap, true, null, 0, null, 1.0));

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(CustomersView.class);
        assertThat(GridKt._size(_get(Grid.class))).as("this month's cohort, month 0: both buyers").isEqualTo(2);
    }

    @Test
    void removingTheListChipShowsTheWholePortfolioAgain() {
        login(admin);
        CustomerList list = as(admin, () -> context.getBean(DrillDown.class)
                .behind(Period.month(today), KpiCount.NEW, null, "Nuevos"));
        UI.getCurrent().navigate("customers", QueryParameters.of("list", list.id().toString()));
        assertThat(GridKt._size(_get(Grid.class))).isEqualTo(2);

        var chip = _get(Span.class, spec -> spec.withId("customers-list-chip"));
        _get(chip, com.vaadin.flow.component.button.Button.class).click();

        assertThat(_find(Span.class, spec -> spec.withId("customers-list-chip"))).isEmpty();
        assertThat(GridKt._size(_get(Grid.class))).isEqualTo(3);
    }

    @Test
    void aListOfAnotherWorkspaceIsRefused() {
        CustomerList list = as(admin, () -> context.getBean(DrillDown.class)
                .behind(Period.month(today), KpiCount.NEW, null, "Nuevos"));
        SignedInUser other = data.newWorkspace("Ajeno " + TestData.uniqueSlug("dv"));
        data.customer(other, "Propio", "propio@example.es", LifecycleStage.ACTIVE);
        login(other);

        UI.getCurrent().navigate("customers", QueryParameters.of("list", list.id().toString()));

        assertThat(_find(Span.class, spec -> spec.withId("customers-list-chip"))).isEmpty();
        assertThat(GridKt._size(_get(Grid.class))).as("only the workspace's own customers").isEqualTo(1);
        UI.getCurrent().navigate("customers", QueryParameters.of("list", UUID.randomUUID().toString()));
        assertThat(GridKt._size(_get(Grid.class))).isEqualTo(1);
    }

    @Test
    void theDashboardsFiguresDownloadAsAWorkbook() throws Exception {
        login(admin);
        UI.getCurrent().navigate("dashboard", QueryParameters.of("period", "this-month"));
        var view = (ManagementDashboardView) UI.getCurrent().getCurrentView();
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("dashboard-export")))
                .hasSize(1);
        var shown = view.shown();
        var out = new ByteArrayOutputStream();
        as(admin, () -> {
            context.getBean(FiguresExport.class).write("dashboard:MANAGEMENT", shown.filter(), shown.sheets(), out,
                    Locale.forLanguageTag("es"));
            return null;
        });

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var tiles = workbook.getSheet("Cifras clave");
            assertThat(tiles).isNotNull();
            assertThat(tiles.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Cifra");
            Row newCustomers = null;
            for (Row row : tiles) {
                if ("Clientes nuevos".equals(row.getCell(0).getStringCellValue())) {
                    newCustomers = row;
                }
            }
            assertThat(newCustomers).isNotNull();
            assertThat(newCustomers.getCell(2).getNumericCellValue()).isEqualTo(2.0);
            assertThat(workbook.getSheet("Evolución de la cartera por mes")).isNotNull();
            assertThat(workbook.getSheet("Retención por cohortes")).isNotNull();
        }
        long audited = data.count("select count(*) from " + admin.tenant().orElseThrow().schema()
                + ".audit_event where action = 'EXPORT' and entity_type = 'FIGURES'");
        assertThat(audited).isEqualTo(1);
    }
}
