package com.cartera.commerce.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.commerce.CommerceFixtures;
import com.cartera.commerce.Product;
import com.cartera.commerce.ProductService;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@CarteraIntegrationTest
class ProductsViewTest extends KaribuTest {

    private SignedInUser admin;
    private ProductService productService;
    private Product coffee;

    @BeforeEach
    void aCatalogue() {
        productService = context.getBean(ProductService.class);
        var fixtures = new CommerceFixtures(context);
        admin = data.newWorkspace("Productos " + TestData.uniqueSlug("v"));
        coffee = fixtures.product(admin, "Café molido", "CAF-01", "1234.50");
        fixtures.product(admin, "Té verde", "TE-01", "4.50");
        Product old = fixtures.product(admin, "Molinillo antiguo", "MOL", "20.00");
        as(admin, () -> productService.setActive(old.getId(), old.getVersion(), false));
    }

    private ProductsView open(SignedInUser user) {
        login(user);
        UI.getCurrent().navigate("products");
        return _get(ProductsView.class);
    }

    private static List<String> names(ProductsView view) {
        return IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i).getName()).toList();
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(com.github.mvysny.kaributools.NotificationsKt::getText)
                .toList();
    }

    @Test
    void theGridListsActiveProductsByNameWithPricesInTheWorkspaceCurrencyAndSearches() {
        ProductsView view = open(admin);
        assertThat(view.grid.getDataProvider().isInMemory()).isFalse();
        assertThat(names(view)).containsExactly("Café molido", "Té verde");
        assertThat(GridKt._getFormattedRow(view.grid, 0)).startsWith("Café molido", "CAF-01");
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("1.234,50\u00a0€");

        _setValue(view.includeInactive, true);
        assertThat(names(view)).containsExactly("Café molido", "Molinillo antiguo", "Té verde");
        _setValue(view.search, "te-");
        assertThat(names(view)).containsExactly("Té verde");
    }

    @Test
    void anAdminCreatesAProductAndADuplicateSkuIsNamedOnTheField() {
        ProductsView view = open(admin);
        _click(view.create);
        ProductDialog dialog = _get(ProductDialog.class);
        assertThat(dialog.toggleActive.isVisible()).isFalse();

        _click(dialog.save);
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Escribe el nombre del producto");

        _setValue(dialog.name, "Café en grano");
        _setValue(dialog.sku, "caf-01");
        _setValue(dialog.unitPrice, new BigDecimal("12.90"));
        _click(dialog.save);
        assertThat(dialog.sku.isInvalid()).isTrue();
        assertThat(dialog.sku.getErrorMessage()).isEqualTo("Ya hay otro producto con ese SKU (sin distinguir mayúsculas)");
        assertThat(dialog.isOpened()).isTrue();

        _setValue(dialog.sku, "CAF-02");
        NotificationsKt.clearNotifications();
        _click(dialog.save);
        assertThat(notifications()).containsExactly("Guardado: Café en grano");
        assertThat(dialog.isOpened()).isFalse();
        assertThat(names(view)).containsExactly("Café en grano", "Café molido", "Té verde");
    }

    @Test
    void aConcurrentEditIsAVisibleConflictAndTheTypedValuesStay() {
        ProductsView view = open(admin);
        GridKt._clickItem(view.grid, 0);
        ProductDialog dialog = _get(ProductDialog.class);
        assertThat(dialog.name.getValue()).isEqualTo("Café molido");

        as(admin, () -> {
            Product theirs = productService.find(coffee.getId()).orElseThrow();
            theirs.setUnitPrice(new BigDecimal("999.00"));
            return productService.save(theirs);
        });
        _setValue(dialog.unitPrice, new BigDecimal("1100.00"));
        NotificationsKt.clearNotifications();
        _click(dialog.save);

        assertThat(notifications()).containsExactly("Otra persona ha cambiado este producto mientras lo editabas. "
                + "Tus cambios siguen en el formulario: cópialos, cierra y vuelve a abrir el producto.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.unitPrice.getValue()).isEqualByComparingTo("1100.00");
        assertThat(as(admin, () -> productService.find(coffee.getId()).orElseThrow().getUnitPrice()))
                .isEqualByComparingTo("999.00");
    }

    @Test
    void deactivatingTakesTheProductOffTheList() {
        ProductsView view = open(admin);
        GridKt._clickItem(view.grid, 0);
        ProductDialog dialog = _get(ProductDialog.class);
        assertThat(dialog.toggleActive.getText()).isEqualTo("Desactivar");
        _click(dialog.toggleActive);
        assertThat(names(view)).containsExactly("Té verde");
        assertThat(as(admin, () -> productService.find(coffee.getId()).orElseThrow().isActive())).isFalse();
    }

    @Test
    void salesReadTheCatalogueButCannotEditIt() {
        SignedInUser sales = data.addMember(admin, TestData.uniqueEmail("ventas"), "Vera Ventas", Set.of(Role.SALES));
        ProductsView view = open(sales);
        assertThat(view.create.isVisible()).isFalse();
        assertThat(names(view)).containsExactly("Café molido", "Té verde");
        GridKt._clickItem(view.grid, 0);
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(ProductDialog.class)).isEmpty();
    }
}
