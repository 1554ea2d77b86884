package com.cartera.commerce.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
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
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The cost part of the products screen: current cost and margin in the grid, history and a new cost in the dialog. */
@CarteraIntegrationTest
class ProductCostDialogTest extends KaribuTest {

    private SignedInUser admin;
    private Product coffee;
    private ProductCosts costs;

    @BeforeEach
    void aProductWithACost() {
        costs = context.getBean(ProductCosts.class);
        admin = data.newWorkspace("Costes " + TestData.uniqueSlug("d"));
        coffee = new CommerceFixtures(context).product(admin, "Café", "CAF", "10.00");
        as(admin, () -> costs.set(coffee.getId(), LocalDate.of(2025, 1, 1), new BigDecimal("6.00")));
    }

    private ProductsView open(SignedInUser user) {
        login(user);
        UI.getCurrent().navigate("products");
        return _get(ProductsView.class);
    }

    @Test
    void financeSeesTheCostAndMarginAndSetsANewCostFromADay() {
        SignedInUser finance = data.addMember(admin, TestData.uniqueEmail("fin"), "Fina", Set.of(Role.FINANCE));
        ProductsView view = open(finance);
        // (10.00 − 6.00) ÷ 10.00 = 40 %.
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("6,00\u00a0€", "40\u00a0%");

        GridKt._clickItem(view.grid, 0);
        ProductCostPanel panel = _get(ProductDialog.class).costPanel;
        assertThat(panel.current.getText()).isEqualTo("Coste hoy: 6,00\u00a0€ · margen al precio de catálogo: 40\u00a0%");
        assertThat(GridKt._size(panel.history)).isEqualTo(1);

        _setValue(panel.unitCost, new BigDecimal("-1"));
        _click(panel.setCost);
        assertThat(panel.unitCost.isInvalid()).isTrue();
        assertThat(panel.unitCost.getErrorMessage()).startsWith("El coste unitario debe estar entre 0 y");

        // From today on 7.50: (10.00 − 7.50) ÷ 10.00 = 25 %.
        _setValue(panel.unitCost, new BigDecimal("7.50"));
        _click(panel.setCost);
        assertThat(GridKt._size(panel.history)).isEqualTo(2);
        assertThat(panel.current.getText()).contains("7,50\u00a0€", "25\u00a0%");
        assertThat(as(finance, () -> costs.history(coffee.getId())).getFirst().unitCost())
                .isEqualByComparingTo("7.50");
    }

    @Test
    void managementReadsCostsWithoutSettingThemAndSalesSeeNone() {
        SignedInUser management = data.addMember(admin, TestData.uniqueEmail("dir"), "Dora", Set.of(Role.MANAGEMENT));
        ProductsView view = open(management);
        GridKt._clickItem(view.grid, 0);
        ProductCostPanel panel = _get(ProductDialog.class).costPanel;
        assertThat(panel.setCost.isVisible() && panel.setCost.getParent().orElseThrow().isVisible()).isFalse();
        assertThat(GridKt._size(panel.history)).isEqualTo(1);

        SignedInUser sales = data.addMember(admin, TestData.uniqueEmail("ven"), "Vera", Set.of(Role.SALES));
        ProductsView salesView = open(sales);
        assertThat(salesView.grid.getColumnByKey("cost")).isNull();
        assertThat(salesView.grid.getColumnByKey("margin")).isNull();
    }

    @Test
    void thePurchasesTabOfFinanceOpensWithHistoricalClvAsMargin() {
        Customer ana = data.customer(admin, "Ana", "ana@example.es", LifecycleStage.ACTIVE);
        // 3 × Café at 10.00 = 30.00, cost 3 × 6.00 = 18.00 → margin 12.00 (40 %), cost known for all of it.
        as(admin, () -> context.getBean(PurchaseService.class).record(ana.getId(), new PurchaseDraft(
                LocalDate.of(2025, 2, 1), SalesChannel.STORE, null, null,
                List.of(CommerceFixtures.line(coffee, "3", "10.00")))));
        SignedInUser finance = data.addMember(admin, TestData.uniqueEmail("fin"), "Fina", Set.of(Role.FINANCE));

        Component tab = openSection(finance, PurchasesSection.class, ana.getId());
        HistoricalMarginSummary summary = _get(tab, HistoricalMarginSummary.class);
        assertThat(summary.getElement().getTextRecursively()).contains("CLV histórico como margen");
        assertThat(summary.margin.getText()).isEqualTo("12,00\u00a0€ (40\u00a0%)");
        assertThat(summary.coverage.getText()).startsWith("Coste conocido del 100\u00a0% de sus ingresos");

        SignedInUser sales = data.addMember(admin, TestData.uniqueEmail("ven"), "Vera", Set.of(Role.SALES));
        Component salesTab = openSection(sales, PurchasesSection.class, ana.getId());
        assertThat(_find(salesTab, HistoricalMarginSummary.class)).isEmpty();
    }
}
