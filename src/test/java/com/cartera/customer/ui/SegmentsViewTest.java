package com.cartera.customer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.Purchases;
import com.cartera.customer.RevenueConcentration.TopCustomer;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The 80/20 view over ten customers with revenue 100 … 1000: the top two bring 1,900 of 5,500 (34.5 %). */
@CarteraIntegrationTest
class SegmentsViewTest extends KaribuTest {

    private SignedInUser admin;
    private SignedInUser marketer;
    private SignedInUser accountant;

    @BeforeEach
    void tenCustomersWithRevenue() {
        admin = data.newWorkspace("Segmentos " + TestData.uniqueSlug("seg"));
        marketer = data.addMember(admin, TestData.uniqueEmail("mkt"), "Marta Marketing", Set.of(Role.MARKETING));
        accountant = data.addMember(admin, TestData.uniqueEmail("fin"), "Fina Finanzas", Set.of(Role.FINANCE));
        var purchases = new Purchases(context);
        for (int i = 1; i <= 10; i++) {
            Customer customer = data.customer(admin, "Cliente " + i, null, LifecycleStage.ACTIVE);
            purchases.buy(admin, customer, LocalDate.of(2026, 1, i), Integer.toString(i * 100));
        }
    }

    private SegmentsView open(SignedInUser user) {
        login(user);
        UI.getCurrent().navigate("segments");
        return _get(SegmentsView.class);
    }

    @Test
    void theHeadlineTheCurveAndTheTopCustomersTellTheSameStory() {
        SegmentsView view = open(accountant);

        assertThat(view.headline.getText())
                .isEqualTo("El 20 % de clientes con más valor (2) aporta el 34,5\u00a0% de los ingresos.");
        assertThat(view.basis.getText()).isEqualTo("Sobre 10 clientes con ingresos, por CLV histórico (ingresos hasta"
                + " hoy): 5.500,00\u00a0€ en total, 1.900,00\u00a0€ de ese 20 %.");

        // The Pareto chart: ten bands of 10 % of customers, the best first, their cumulative revenue as the line,
        // equality dashed, the top 20 % marked with the headline's figure; described for assistive technology.
        assertThat(view.chart.getDescription()).isEqualTo("Ingresos acumulados según la proporción de clientes, de"
                + " más a menos valor. " + view.headline.getText());
        assertThat(view.chart.getElement().getAttribute("aria-label")).isEqualTo(view.chart.getDescription());
        JsonNode options = JsonMapper.shared().readTree(view.chart.getOptionsJson());
        assertThat(options.at("/aria/label/description").asString()).isEqualTo(view.chart.getDescription());
        assertThat(options.at("/xAxis/data").valueStream().map(JsonNode::asString).toList()).containsExactly(
                "10\u00a0%", "20\u00a0%", "30\u00a0%", "40\u00a0%", "50\u00a0%", "60\u00a0%", "70\u00a0%",
                "80\u00a0%", "90\u00a0%", "100\u00a0%");
        assertThat(options.at("/xAxis/name").asString()).isEqualTo("Clientes, de más a menos valor");
        assertThat(options.at("/series/0/data/0").asDouble()).isCloseTo(1000 / 5500.0, within(0.0001));
        assertThat(options.at("/series/1/name").asString()).isEqualTo("Ingresos acumulados");
        assertThat(options.at("/series/1/data/1").asDouble()).isCloseTo(0.345455, within(0.0001));
        assertThat(options.at("/series/1/data/9").asDouble()).isCloseTo(1, within(0.0001));
        assertThat(options.at("/series/1/markPoint/data/0/label/formatter").asString())
                .isEqualTo("20\u00a0% → 34,5\u00a0%");
        assertThat(options.at("/series/2/name").asString()).isEqualTo("Todos aportan lo mismo");
        assertThat(options.at("/series/2/lineStyle/type").asString()).isEqualTo("dashed");

        MockVaadin.clientRoundtrip(false);
        assertThat(view.topCustomers.getDataProvider().isInMemory()).isFalse();
        assertThat(GridKt._size(view.topCustomers)).isEqualTo(2);
        assertThat(GridKt._findAll(view.topCustomers)).extracting(TopCustomer::name)
                .containsExactly("Cliente 10", "Cliente 9");
        assertThat(GridKt._getFormatted(view.topCustomers, 1, "revenue")).isEqualTo("900,00\u00a0€");
        assertThat(GridKt._getFormatted(view.topCustomers, 1, "share")).isEqualTo("16,4\u00a0%");
        assertThat(GridKt._getFormatted(view.topCustomers, 1, "cumulative")).isEqualTo("34,5\u00a0%");
        var link = (Anchor) GridKt._getCellComponent(view.topCustomers, 0, "name");
        assertThat(link.getHref()).isEqualTo("customers/" + GridKt._get(view.topCustomers, 0).id());
        assertThat(link.getText()).isEqualTo("Cliente 10");
    }

    @Test
    void tiersAreListedWithTheirCustomersRevenueAndShare() {
        SegmentsView view = open(accountant);

        assertThat(rows(view.tiers)).containsExactly("Estratégico|0|0,00\u00a0€|0,0\u00a0%",
                "Clave|0|0,00\u00a0€|0,0\u00a0%", "Emergente|6|4.500,00\u00a0€|81,8\u00a0%",
                "Bajo valor|4|1.000,00\u00a0€|18,2\u00a0%");
        // Finance reads the analysis but does not trigger recalculations.
        assertThat(view.recalculate.isVisible()).isFalse();
    }

    @Test
    void marketingRecalculatesAndTheRfmSegmentsAppear() {
        SegmentsView view = open(marketer);
        assertThat(GridKt._size(view.segments)).isZero();
        assertThat(view.recalculate.isVisible()).isTrue();

        NotificationsKt.clearNotifications();
        _click(view.recalculate);

        assertThat(NotificationsKt.getNotifications()).singleElement()
                .extracting(com.github.mvysny.kaributools.NotificationsKt::getText)
                .isEqualTo("Segmentos recalculados: 0 niveles y 10 puntuaciones RFM han cambiado.");
        assertThat(GridKt._findAll(view.segments)).extracting(figures -> figures.segment().name()
                        + " " + figures.customers())
                .containsExactly("CHAMPIONS 2", "LOYAL_CUSTOMERS 4", "CANT_LOSE 4");
        assertThat(GridKt._getFormatted(view.segments, 0, "segment")).isEqualTo("Campeones");
    }

    private static List<String> rows(com.vaadin.flow.component.grid.Grid<?> grid) {
        return java.util.stream.IntStream.range(0, GridKt._size(grid))
                .mapToObj(row -> String.join("|", GridKt._getFormattedRow(grid, row))).toList();
    }
}
