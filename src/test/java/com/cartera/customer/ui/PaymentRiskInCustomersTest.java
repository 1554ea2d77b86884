package com.cartera.customer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerFilter;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.customer.PaymentRisk;
import com.cartera.customer.PaymentRiskMarks;
import com.cartera.customer.PaymentRiskReason;
import com.cartera.customer.SavedViewDefinition;
import com.cartera.security.SignedInUser;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

/** The payment risk finance judged reaches the customer grid (column and filter) and the customer page header. */
class PaymentRiskInCustomersTest extends KaribuTest {

    private SignedInUser admin;
    private Customer alba;
    private Customer carla;

    @BeforeEach
    void customersWithAndWithoutRisk() {
        admin = data.newWorkspace("Riesgo de pago " + TestData.uniqueSlug("pr"));
        alba = data.customer(admin, "Alba", null, LifecycleStage.ACTIVE);
        Customer bruno = data.customer(admin, "Bruno", null, LifecycleStage.ACTIVE);
        carla = data.customer(admin, "Carla", null, LifecycleStage.ACTIVE);
        as(admin, () -> context.getBean(TransactionTemplate.class).execute(status ->
                context.getBean(PaymentRiskMarks.class).write(List.of(
                        new PaymentRiskMarks.Mark(alba.getId(), PaymentRisk.HIGH,
                                Set.of(PaymentRiskReason.OVERDUE_LONG, PaymentRiskReason.OVER_CREDIT_LIMIT)),
                        new PaymentRiskMarks.Mark(bruno.getId(), PaymentRisk.WATCH,
                                Set.of(PaymentRiskReason.HABITUALLY_LATE))))));
    }

    private long count(CustomerFilter filter) {
        return as(admin, () -> context.getBean(CustomerService.class).countUpTo(filter, 1_000).value());
    }

    @Test
    void theFilterNarrowsByLevelAndByNone() {
        assertThat(count(CustomerFilter.NONE.withPaymentRisks(Set.of(PaymentRisk.HIGH), false))).isEqualTo(1);
        assertThat(count(CustomerFilter.NONE.withPaymentRisks(Set.of(PaymentRisk.HIGH, PaymentRisk.WATCH), false)))
                .isEqualTo(2);
        assertThat(count(CustomerFilter.NONE.withPaymentRisks(Set.of(), true))).isEqualTo(1);
        assertThat(count(CustomerFilter.NONE.withPaymentRisks(Set.of(PaymentRisk.WATCH), true))).isEqualTo(2);
        // A saved view keeps the choice.
        var saved = new SavedViewDefinition(CustomerFilter.NONE.withPaymentRisks(Set.of(PaymentRisk.WATCH), true),
                List.of(), List.of(CustomerGrid.NAME, CustomerGrid.PAYMENT_RISK));
        assertThat(saved.filter().paymentRisks()).containsExactly(PaymentRisk.WATCH);
        assertThat(saved.filter().noPaymentRisk()).isTrue();
    }

    @Test
    void theGridShowsTheLevelAndFiltersByIt() {
        login(admin);
        UI.getCurrent().navigate("customers");
        CustomersView view = _get(CustomersView.class);
        view.grid.showColumns(List.of(CustomerGrid.NAME, CustomerGrid.PAYMENT_RISK));
        _click(view.filtersToggle);
        MockVaadin.clientRoundtrip(false);

        view.filters.paymentRisks.setValue(Set.of(new CustomerFilterPanel.PaymentRiskChoice(PaymentRisk.HIGH)));

        @SuppressWarnings("unchecked")
        Grid<CustomerRow> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        CustomerRow row = GridKt._get(grid, 0);
        assertThat(row.name()).isEqualTo("Alba");
        assertThat(view.grid.paymentRiskText(row)).isEqualTo("Alto");
        assertThat(view.filters.chips.getElement().getTextRecursively()).contains("Riesgo de pago: Alto");
        assertThat(view.grid.visibleColumns()).contains(CustomerGrid.PAYMENT_RISK);

        view.filters.paymentRisks.setValue(Set.of(new CustomerFilterPanel.PaymentRiskChoice(null)));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(view.grid.paymentRiskText(GridKt._get(grid, 0))).isEmpty();
    }

    @Test
    void theHeaderShowsTheRiskWithItsReasonsInWords() {
        login(admin);
        UI.getCurrent().navigate("customers/" + alba.getId());
        CustomerView view = _get(CustomerView.class);
        assertThat(view.header.paymentRisk.isVisible()).isTrue();
        assertThat(view.header.paymentRisk.getText())
                .isEqualTo("Riesgo de pago: Alto · facturas vencidas hace mucho, supera su límite de crédito");
        assertThat(view.header.paymentRisk.getElement().getAttribute("theme")).contains("error");

        UI.getCurrent().navigate("customers/" + carla.getId());
        assertThat(_get(CustomerView.class).header.paymentRisk.isVisible()).isFalse();
    }
}
