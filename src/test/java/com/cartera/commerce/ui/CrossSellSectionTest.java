package com.cartera.commerce.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.commerce.CommerceFixtures;
import com.cartera.commerce.Product;
import com.cartera.customer.Customer;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.SignedInUser;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;

/** The cross-sell tab: what customers with similar purchases bought, and why. */
@CarteraIntegrationTest
class CrossSellSectionTest extends KaribuTest {

    @Test
    void listsTheSuggestionsWithTheirReason() {
        var fixtures = new CommerceFixtures(context);
        SignedInUser admin = data.newWorkspace("Sección cruzada " + TestData.uniqueSlug("x"));
        Product oil = fixtures.product(admin, "Aceite", null, "8.00");
        Product coffee = fixtures.product(admin, "Café", null, "9.00");
        Product tea = fixtures.product(admin, "Té", null, "4.00");
        Customer customer = data.customer(admin, "Ana", null, LifecycleStage.ACTIVE);
        fixtures.purchase(admin, customer.getId(), LocalDate.of(2025, 1, 1), oil);
        for (String name : new String[] {"Bea", "Carlos"}) {
            Customer peer = data.customer(admin, name, null, LifecycleStage.ACTIVE);
            fixtures.purchase(admin, peer.getId(), LocalDate.of(2025, 1, 2), oil, coffee);
        }
        Customer lone = data.customer(admin, "Dora", null, LifecycleStage.ACTIVE);
        fixtures.purchase(admin, lone.getId(), LocalDate.of(2025, 1, 2), oil, tea);
        Customer withoutPurchases = data.customer(admin, "Eva", null, LifecycleStage.LEAD);

        login(admin);
        var section = context.getBean(CrossSellSection.class);
        assertThat(section.titleKey()).isEqualTo("crosssell.tab");
        @SuppressWarnings("unchecked")
        var grid = (Grid<Object>) section.create(customer);
        UI.getCurrent().add(grid);
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(grid, 0))
                .containsExactly("Café", "2", "Lo compraron 2 clientes que también compraron Aceite");
        assertThat(GridKt._getFormattedRow(grid, 1))
                .containsExactly("Té", "1", "Lo compró 1 cliente que también compró Aceite");

        @SuppressWarnings("unchecked")
        var empty = (Grid<Object>) section.create(withoutPurchases);
        UI.getCurrent().add(empty);
        assertThat(GridKt._size(empty)).isZero();
    }
}
