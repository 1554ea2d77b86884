package com.cartera.customer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.live.LiveEvent;
import com.cartera.live.LiveUpdates;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The customer page follows a colleague's save: it shows what is stored now, or, while the person is editing the
 * profile, a notice that names the colleague and leaves what they typed alone.
 */
@CarteraIntegrationTest
class LiveCustomerViewTest extends KaribuTest {

    private SignedInUser admin;
    private SignedInUser colleague;
    private Customer customer;

    @BeforeEach
    void aCustomer() {
        admin = data.newWorkspace("Cliente vivo " + TestData.uniqueSlug("c"));
        colleague = data.addMember(admin, TestData.uniqueEmail("gestion"), "Carla Gestión", Set.of(Role.MANAGEMENT));
        customer = data.customer(admin, "Bodegas Rioja", null, LifecycleStage.ACTIVE);
    }

    private CustomerView open() {
        login(admin);
        UI.getCurrent().navigate("customers/" + customer.getId());
        return _get(CustomerView.class);
    }

    private Customer renamedByColleague(String name) {
        var customers = context.getBean(CustomerService.class);
        Customer saved = as(colleague, () -> {
            Customer stored = customers.find(customer.getId()).orElseThrow();
            stored.setName(name);
            return customers.save(stored);
        });
        context.getBean(LiveUpdates.class).deliver(new LiveEvent(admin.tenant().orElseThrow().id(),
                LiveEvent.Kind.CUSTOMER_EDITED, saved.getId(), saved.getVersion(), colleague.userId(), admin.userId()));
        MockVaadin.clientRoundtrip(false);
        return saved;
    }

    @Test
    void aPageNotBeingEditedShowsTheColleaguesChangeOnTheSameTab() {
        CustomerView view = open();
        view.tabs.setSelectedTab(view.profileTab);

        renamedByColleague("Bodegas Rioja Alta");

        assertThat(view.header.name.getText()).isEqualTo("Bodegas Rioja Alta");
        assertThat(view.profile.name.getValue()).isEqualTo("Bodegas Rioja Alta");
        assertThat(view.tabs.getSelectedTab().getLabel()).isEqualTo(view.profileTab.getLabel());
        assertThat(view.changedElsewhere.isAttached()).isFalse();
    }

    @Test
    void aFormBeingEditedGetsANoticeInsteadOfAnOverwrite() {
        CustomerView view = open();
        view.tabs.setSelectedTab(view.profileTab);
        _setValue(view.profile.city, "Haro");

        renamedByColleague("Bodegas Rioja Baja");

        assertThat(view.profile.city.getValue()).isEqualTo("Haro");
        assertThat(view.profile.name.getValue()).isEqualTo("Bodegas Rioja");
        assertThat(view.changedElsewhere.isAttached()).isTrue();
        assertThat(view.changedElsewhere.getChildren().filter(Span.class::isInstance).map(c -> ((Span) c).getText()))
                .singleElement().asString().startsWith("Carla Gestión ha cambiado este cliente");
    }
}
