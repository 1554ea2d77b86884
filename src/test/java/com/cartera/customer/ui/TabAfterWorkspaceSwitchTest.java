package com.cartera.customer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.StaleTab;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A person who works in two workspaces opens a customer screen in workspace A, switches to workspace B in
 * another tab (which changes the session for every tab), and then acts in the first tab. Customer ids start
 * at 1 in every workspace, so the first tab's ids name B's customers too: the tab must refuse, and neither
 * workspace changes.
 */
@CarteraIntegrationTest
class TabAfterWorkspaceSwitchTest extends KaribuTest {

    private CustomerService customers;
    private SignedInUser inA;
    private SignedInUser inB;
    private Customer ofA;
    private Customer ofB;

    @BeforeEach
    void onePersonInTwoWorkspacesWithACustomerOfTheSameIdInEach() {
        customers = context.getBean(CustomerService.class);
        String slug = TestData.uniqueSlug("tab");
        SignedInUser founderOfA = data.newWorkspace("Pestaña A " + slug);
        SignedInUser adminOfB = data.newWorkspace("Pestaña B " + slug);
        SignedInUser person = data.addMember(adminOfB, founderOfA.email(), founderOfA.displayName(), Set.of(Role.ADMIN));
        inA = data.inWorkspaceOf(person, founderOfA);
        inB = data.inWorkspaceOf(person, adminOfB);
        ofA = data.customer(inA, "Cliente de A", null, LifecycleStage.ACTIVE);
        ofB = data.customer(inB, "Cliente de B", null, LifecycleStage.ACTIVE);
        assertThat(ofA.getId()).as("the first customer of each workspace has the same id").isEqualTo(ofB.getId());
    }

    @Test
    void anEditSavedAfterTheSwitchIsRefusedAndTheTabAsksForAReload() {
        login(inA);
        UI.getCurrent().navigate("customers/" + ofA.getId());
        CustomerView view = _get(CustomerView.class);
        view.tabs.setSelectedTab(view.profileTab);
        _setValue(view.profile.name, "Sobrescrito desde la pestaña vieja");

        login(inB);
        StaleTab.assertRefused(() -> _click(view.profile.save));

        assertThat(StaleTab.reloadDialogShown()).isTrue();
        assertThat(nameOf(inB, ofB)).isEqualTo("Cliente de B");
        assertThat(nameOf(inA, ofA)).isEqualTo("Cliente de A");
        // Nor can the tab move on to another screen of the old workspace.
        UI.getCurrent().navigate("customers");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("customers/" + ofA.getId());
    }

    @Test
    void aDeleteConfirmedAfterTheSwitchIsRefused() {
        login(inA);
        UI.getCurrent().navigate("customers/" + ofA.getId());
        CustomerView view = _get(CustomerView.class);
        _click(view.delete);

        login(inB);
        StaleTab.assertRefused(() -> ConfirmDialogKt._fireConfirm(view.confirmDelete));

        assertThat(TestData.as(inB, () -> customers.find(ofB.getId()))).isPresent();
        assertThat(TestData.as(inA, () -> customers.find(ofA.getId()))).isPresent();
    }

    @Test
    void aBulkChangeAppliedAfterTheSwitchIsRefused() {
        login(inA);
        UI.getCurrent().navigate("customers");
        CustomersView view = _get(CustomersView.class);
        MockVaadin.clientRoundtrip(false);
        view.grid.select(GridKt._get(view.grid, 0));
        ContextMenuKt._click(view.bulkActions.actions, view.bulkActions.changeStage);
        ComboBox<Object> stage = _get(ComboBox.class, spec -> spec.withLabel("Nueva etapa"));
        ComboBoxKt.selectByLabel(stage, "Perdido");

        login(inB);
        StaleTab.assertRefused(() -> _click(_get(Button.class, spec -> spec.withText("Aplicar"))));

        assertThat(stageOf(inB, ofB)).isEqualTo(LifecycleStage.ACTIVE);
        assertThat(stageOf(inA, ofA)).isEqualTo(LifecycleStage.ACTIVE);
    }

    private String nameOf(SignedInUser user, Customer customer) {
        return TestData.as(user, () -> customers.find(customer.getId()).orElseThrow().getName());
    }

    private LifecycleStage stageOf(SignedInUser user, Customer customer) {
        return TestData.as(user, () -> customers.find(customer.getId()).orElseThrow().getLifecycleStage());
    }
}
