package com.cartera.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.SignedInUser;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@CarteraIntegrationTest
class AuditViewTest extends KaribuTest {

    private SignedInUser admin;
    private Customer customer;
    private AuditView view;

    @BeforeEach
    void anEditedCustomer() {
        admin = data.newWorkspace("Pantalla " + TestData.uniqueSlug("p"));
        customer = data.customer(admin, "Elena Martín", null, LifecycleStage.LEAD);
        as(admin, () -> {
            var service = context.getBean(CustomerService.class);
            Customer edited = service.find(customer.getId()).orElseThrow();
            edited.setCity("Cuenca");
            return service.save(edited);
        });
        login(admin);
        UI.getCurrent().navigate("audit");
        view = _get(AuditView.class);
    }

    @Test
    void listsTheWorkspacesChangesNewestFirstWithWhoAndWhat() {
        assertThat(GridKt._size(view.grid)).isGreaterThanOrEqualTo(2);
        var newest = GridKt._getFormattedRow(view.grid, 0);
        assertThat(newest.subList(1, 6)).containsExactly(admin.displayName(), "Modificación",
                "Cliente #" + customer.getId(), customer.getId().toString(), "Elena Martín");
        assertThat(view.heading()).isEqualTo("Auditoría");
    }

    @Test
    void theDetailShowsEachFieldsOldAndNewValue() {
        var newest = GridKt._get(view.grid, 0);
        Div detail = (Div) view.detail(newest);
        assertThat(detail.getElement().getTextRecursively()).contains("city: ∅ → Cuenca");
    }

    @Test
    void filtersByActionRecordTypeTextAndPeriod() {
        _setValue(view.action, "CREATED");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        _setValue(view.action, null);
        _setValue(view.entityType, "CUSTOMER");
        _setValue(view.text, "Cuenca");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        _setValue(view.text, "nada parecido");
        assertThat(GridKt._size(view.grid)).isZero();
        _setValue(view.text, "");
        _setValue(view.from, LocalDate.now().plusDays(1));
        assertThat(GridKt._size(view.grid)).isZero();
    }

    @Test
    void aPeriodTheWrongWayRoundIsRefusedWithAMessageNamingTheField() {
        _setValue(view.from, LocalDate.now());
        _setValue(view.to, LocalDate.now().minusDays(3));

        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo("«Hasta» no puede ser anterior a «Desde»");
        assertThat(GridKt._size(view.grid)).isZero();
    }
}
