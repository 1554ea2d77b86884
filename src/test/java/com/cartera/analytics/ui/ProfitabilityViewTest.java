package com.cartera.analytics.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.analytics.PortfolioAnalytics;
import com.cartera.base.ui.chart.Chart;
import com.cartera.commerce.CommerceFixtures;
import com.cartera.commerce.Product;
import com.cartera.commerce.ProductCosts;
import com.cartera.commerce.PurchaseDraft;
import com.cartera.commerce.PurchaseService;
import com.cartera.commerce.SalesChannel;
import com.cartera.customer.Customer;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The profitability screen on March 2025: Ana (KEY) bought 2 × Mesa at 100.00 with a cost of 60.00 (margin
 * 200.00 − 120.00 = 80.00); Bea (LOW) bought 1 × Silla at 20.00 below its cost of 25.00 (margin −5.00) and 1 × Cojín
 * at 15.00 with no cost known (revenue without cost 15.00).
 */
@CarteraIntegrationTest
class ProfitabilityViewTest extends KaribuTest {

    private SignedInUser admin;
    private Customer bea;

    @BeforeEach
    void marchSales() {
        var fixtures = new CommerceFixtures(context);
        var costs = context.getBean(ProductCosts.class);
        var purchases = context.getBean(PurchaseService.class);
        var jdbc = context.getBean(JdbcTemplate.class);
        admin = data.newWorkspace("Rentable " + TestData.uniqueSlug("r"));
        String schema = admin.tenant().orElseThrow().schema();
        Product table = fixtures.product(admin, "Mesa", "MES", "100.00");
        Product chair = fixtures.product(admin, "Silla", "SIL", "20.00");
        Product cushion = fixtures.product(admin, "Cojín", "COJ", "15.00");
        as(admin, () -> costs.set(table.getId(), LocalDate.of(2025, 1, 1), new BigDecimal("60.00")));
        as(admin, () -> costs.set(chair.getId(), LocalDate.of(2025, 1, 1), new BigDecimal("25.00")));
        Customer ana = data.customer(admin, "Ana", "ana@example.es", LifecycleStage.ACTIVE);
        bea = data.customer(admin, "Bea", "bea@example.es", LifecycleStage.ACTIVE);
        jdbc.update("update " + schema + ".customer set tier_override = 'KEY' where id = ?", ana.getId());
        jdbc.update("update " + schema + ".customer set tier_override = 'LOW' where id = ?", bea.getId());
        as(admin, () -> purchases.record(ana.getId(), new PurchaseDraft(LocalDate.of(2025, 3, 3), SalesChannel.STORE,
                null, null, List.of(CommerceFixtures.line(table, "2", "100.00")))));
        as(admin, () -> purchases.record(bea.getId(), new PurchaseDraft(LocalDate.of(2025, 3, 4), SalesChannel.STORE,
                null, null, List.of(CommerceFixtures.line(chair, "1", "20.00"),
                CommerceFixtures.line(cushion, "1", "15.00")))));
        as(admin, () -> context.getBean(PortfolioAnalytics.class).rebuild());
    }

    private void openMarch(SignedInUser user) {
        login(user);
        UI.getCurrent().navigate("finance/profitability",
                QueryParameters.simple(Map.of("from", "2025-03-01", "to", "2025-03-31")));
    }

    @Test
    void financeSeesMarginByTierOwnerProductMonthAndTheLossMakingCustomers() {
        SignedInUser finance = data.addMember(admin, TestData.uniqueEmail("fin"), "Fina", Set.of(Role.FINANCE));
        openMarch(finance);

        assertThat(_find(DashboardCard.class).stream().map(DashboardCard::heading)).containsExactly(
                "Margen por nivel de valor", "Margen por responsable", "Productos con más margen", "Margen por mes",
                "Clientes con margen negativo");
        assertThat(_find(Chart.class)).hasSize(1);
        String tiers = _find(FigureTable.class).getFirst().getElement().getTextRecursively();
        // KEY: revenue 200.00, cost 120.00, margin 80.00, 40 %; LOW: 35.00, 25.00, −5.00 over 20.00 = −25 %.
        assertThat(tiers).contains("Clave", "200,00", "120,00", "80,00", "40");
        assertThat(tiers).contains("Bajo valor", "35,00", "25,00", "-5,00", "-25", "15,00");
        String caption = _find(DashboardCard.class).getFirst().caption.getText();
        assertThat(caption).contains("15,00").contains("sin coste conocido");
        assertThat(_get(ProfitabilityView.class).getElement().getTextRecursively())
                .contains("soporte y los descuentos fuera del precio se añadirán más adelante");

        List<Anchor> links = _find(Anchor.class, spec -> spec.withText("Bea"));
        assertThat(links).hasSize(1);
        assertThat(links.getFirst().getHref()).isEqualTo("customers/" + bea.getId());
    }

    @Test
    void salesCannotOpenProfitability() {
        SignedInUser sales = data.addMember(admin, TestData.uniqueEmail("ven"), "Vera", Set.of(Role.SALES));
        login(sales);

        assertThatThrownBy(() -> UI.getCurrent().navigate("finance/profitability"))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThat(_find(ProfitabilityView.class)).isEmpty();
    }
}
