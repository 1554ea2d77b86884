package com.cartera.commerce.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.commerce.CommerceFixtures;
import com.cartera.commerce.Product;
import com.cartera.commerce.Purchase;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.TimelineEntry;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The purchases tab of the customer 360 page, driven as a person would, and purchases on the timeline. */
@CarteraIntegrationTest
class PurchasesSectionTest extends KaribuTest {

    private SignedInUser admin;
    private CustomerService customerService;
    private CommerceFixtures fixtures;
    private Customer customer;
    private Product coffee;
    private Product mug;

    @BeforeEach
    void aCustomerAndACatalogue() {
        customerService = context.getBean(CustomerService.class);
        fixtures = new CommerceFixtures(context);
        admin = data.newWorkspace("Sección compras " + TestData.uniqueSlug("s"));
        customer = data.customer(admin, "Ana García", "ana@garcia.es", LifecycleStage.ACTIVE);
        coffee = fixtures.product(admin, "Café en grano", "CAF", "45.25");
        mug = fixtures.product(admin, "Taza", "TAZ", "30.00");
    }

    /** The tab's content as the 360 page would show it for {@code user}. */
    private PurchasesPanel open(SignedInUser user) {
        assertThat(context.getBean(PurchasesSection.class).titleKey()).isEqualTo("purchase.tab");
        return (PurchasesPanel) openSection(user, PurchasesSection.class, customer.getId());
    }

    private Customer reloaded() {
        return as(admin, () -> customerService.find(customer.getId()).orElseThrow());
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(com.github.mvysny.kaributools.NotificationsKt::getText)
                .toList();
    }

    @Test
    void recordingAPurchaseWithTwoLinesShowsItAndUpdatesTheCustomerFigures() {
        PurchasesPanel panel = open(admin);
        assertThat(GridKt._size(panel.grid)).isZero();
        _click(panel.record);
        PurchaseDialog dialog = _get(PurchaseDialog.class);
        assertThat(dialog.date.getValue()).isEqualTo(LocalDate.now());
        assertThat(dialog.editors()).hasSize(1);

        PurchaseLineEditor first = dialog.editors().getFirst();
        _setValue(first.product, coffee);
        assertThat(first.unitPrice.getValue()).isEqualByComparingTo("45.25");
        _setValue(first.quantity, new BigDecimal("2"));
        _click(dialog.addLine);
        PurchaseLineEditor second = dialog.editors().get(1);
        _setValue(second.product, mug);
        assertThat(dialog.total.getText()).isEqualTo("Total: 120,50\u00a0€");

        NotificationsKt.clearNotifications();
        _click(dialog.save);
        assertThat(notifications()).containsExactly(
                "Compra registrada: 120,50\u00a0€. Las cifras del cliente se actualizan al volver a abrirlo.");
        assertThat(dialog.isOpened()).isFalse();
        assertThat(GridKt._size(panel.grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(panel.grid, 0)).contains("120,50\u00a0€", "Tienda", "Café en grano (2), Taza");
        assertThat(reloaded().getRevenue()).isEqualByComparingTo("120.50");
        assertThat(reloaded().getPurchaseCount()).isEqualTo(1);
    }

    @Test
    void wrongLinesAreMarkedOnTheirFieldsAndNothingIsSaved() {
        PurchasesPanel panel = open(admin);
        PurchaseDialog dialog = panel.openRecordDialog();
        _click(dialog.addLine);
        PurchaseLineEditor second = dialog.editors().get(1);
        _setValue(dialog.editors().getFirst().product, coffee);
        _setValue(second.quantity, BigDecimal.ZERO);
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.editors().getFirst().product.isInvalid()).isFalse();
        assertThat(second.product.isInvalid()).isTrue();
        assertThat(second.product.getErrorMessage()).isEqualTo("Elige un producto");
        assertThat(second.quantity.getErrorMessage()).isEqualTo("La cantidad debe ser mayor que 0");

        _click(second.remove);
        _click(dialog.editors().getFirst().remove);
        _click(dialog.save);
        assertThat(dialog.linesError.isVisible()).isTrue();
        assertThat(dialog.linesError.getText()).isEqualTo("Añade al menos un producto");
        assertThat(reloaded().getPurchaseCount()).isZero();
    }

    @Test
    void aPurchaseIsCorrectedAndDeletedFromItsRow() {
        fixtures.purchase(admin, customer.getId(), LocalDate.of(2025, 3, 1), coffee, mug);
        PurchasesPanel panel = open(admin);
        Purchase shown = GridKt._get(panel.grid, 0);

        PurchaseDialog dialog = panel.openEditDialog(shown);
        assertThat(dialog.editors()).extracting(editor -> editor.product.getValue().getName())
                .containsExactly("Café en grano", "Taza");
        _setValue(dialog.editors().get(1).unitPrice, new BigDecimal("20.00"));
        _click(dialog.save);
        assertThat(reloaded().getRevenue()).isEqualByComparingTo("65.25");
        assertThat(GridKt._getFormattedRow(panel.grid, 0)).contains("65,25\u00a0€");

        var confirm = panel.confirmDelete(GridKt._get(panel.grid, 0));
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(GridKt._size(panel.grid)).isZero();
        assertThat(reloaded().getPurchaseCount()).isZero();
    }

    @Test
    void supportSeesThePurchasesButCannotRecordOrChangeThem() {
        fixtures.purchase(admin, customer.getId(), LocalDate.of(2025, 3, 1), coffee);
        SignedInUser support = data.addMember(admin, TestData.uniqueEmail("soporte"), "Sonia Soporte", Set.of(Role.SUPPORT));
        PurchasesPanel panel = open(support);
        assertThat(panel.record.isVisible()).isFalse();
        assertThat(panel.grid.getColumnByKey("actions")).isNull();
        assertThat(GridKt._size(panel.grid)).isEqualTo(1);
    }

    @Test
    void purchasesAppearOnTheTimelineWithTheirProductCountAndTotal() {
        fixtures.purchase(admin, customer.getId(), LocalDate.of(2025, 3, 1), coffee, mug);
        fixtures.purchase(admin, customer.getId(), LocalDate.of(2025, 4, 1), mug);
        login(admin);
        List<TimelineEntry> entries = context.getBean(PurchaseTimeline.class).latest(customer.getId(), 10);
        assertThat(entries).extracting(entry -> UI.getCurrent().getTranslation(entry.titleKey(), entry.titleArgs().toArray()))
                .containsExactly("Compra de 1 producto · 30,00\u00a0€", "Compra de 2 productos · 75,25\u00a0€");
        assertThat(entries.getFirst().kind()).isEqualTo("PURCHASE");
        assertThat(entries.getFirst().actor()).isEqualTo(admin.userId());
    }
}
