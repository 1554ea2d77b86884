package com.cartera.customer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.cartera.KaribuTest;
import com.cartera.RenderedText;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.SignedInUser;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A customer's address ({@code customers/<id>}) opened by someone of another workspace shows nothing of the
 * customer: ids are numbered per workspace, so the same number may name a customer in each, and the page
 * always shows the signed-in workspace's own.
 */
class CustomerUrlsOfOtherWorkspacesTest extends KaribuTest {

    /** In every name, e-mail, city and note of workspace B's customers: B's data on a screen of A shows it. */
    private static final String OF_B = "SoloDeB";

    private SignedInUser adminA;
    private Customer ofA;
    private Customer sameIdInB;
    private Customer onlyInB;

    @BeforeEach
    void twoWorkspacesWhoseCustomerIdsOverlap() {
        adminA = data.newWorkspace("Empresa A " + TestData.uniqueSlug("a"));
        SignedInUser adminB = data.newWorkspace("Empresa B " + TestData.uniqueSlug("b"));
        ofA = customerOf(adminA, "Cliente de A", "Burgos", "Notas de A");
        Customer ofB = customerOf(adminB, "Cliente " + OF_B, OF_B, "Notas " + OF_B);
        // Each workspace numbers its own customers: bring the two sequences to the same id.
        while (ofB.getId() < ofA.getId()) {
            ofB = customerOf(adminB, "Cliente " + OF_B, OF_B, "Notas " + OF_B);
        }
        while (ofA.getId() < ofB.getId()) {
            ofA = customerOf(adminA, "Cliente de A", "Burgos", "Notas de A");
        }
        sameIdInB = ofB;
        onlyInB = customerOf(adminB, "Otro " + OF_B, OF_B, "Notas " + OF_B);
        assertThat(sameIdInB.getId()).isEqualTo(ofA.getId());
        assertThat(onlyInB.getId()).isGreaterThan(ofA.getId());
    }

    @Test
    void theAddressOfACustomerThatExistsOnlyInAnotherWorkspaceShowsNothingOfIt() {
        login(adminA);
        NotificationsKt.clearNotifications();
        UI.getCurrent().navigate("customers/" + onlyInB.getId());

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(CustomersView.class);
        assertThat(notifications()).containsExactly("Ese cliente no existe o está en la papelera.");
        CustomersView list = _get(CustomersView.class);
        assertThat(GridKt._findAll(list.grid)).extracting(CustomerRow::name).containsOnly("Cliente de A");
        assertNothingOfB(RenderedText.of(UI.getCurrent()));
        assertThat(UI.getCurrent().getInternals().getTitle()).doesNotContain(OF_B);
    }

    @Test
    void theAddressOfAnIdBothWorkspacesUseShowsTheSignedInWorkspacesCustomer() {
        login(adminA);
        UI.getCurrent().navigate("customers/" + sameIdInB.getId());

        CustomerView view = _get(CustomerView.class);
        assertThat(view.header.name.getText()).isEqualTo("Cliente de A");
        view.tabs.setSelectedTab(view.profileTab);
        assertThat(view.profile.city.getValue()).isEqualTo("Burgos");
        assertThat(view.profile.notes.getValue()).isEqualTo("Notas de A");
        // Every tab of the page, those of other modules included, whether shown or not.
        List<String> shown = RenderedText.of(UI.getCurrent(), view.summary, view.profile);
        for (int i = 0; i < view.tabs.getTabCount(); i++) {
            shown.addAll(RenderedText.of(view.tabs.getComponent(view.tabs.getTabAt(i))));
        }
        assertNothingOfB(shown);
        assertThat(UI.getCurrent().getInternals().getTitle()).doesNotContain(OF_B);
    }

    @Test
    void anIdThatIsNoNumberOrIsNegativeShowsNoCustomer() {
        login(adminA);
        for (String id : List.of("-" + ofA.getId(), ofA.getId() + ".0", "0x" + Long.toHexString(onlyInB.getId()))) {
            NotificationsKt.clearNotifications();
            UI.getCurrent().navigate("customers/" + id);
            assertThat(UI.getCurrent().getCurrentView()).as(id).isInstanceOf(CustomersView.class);
            assertNothingOfB(RenderedText.of(UI.getCurrent()));
        }
    }

    private static void assertNothingOfB(List<String> shown) {
        assertThat(shown).as("workspace B's data on workspace A's screen").noneMatch(text -> text.contains(OF_B));
    }

    private Customer customerOf(SignedInUser admin, String name, String city, String notes) {
        var customer = new Customer();
        customer.setName(name);
        customer.setCity(city);
        customer.setNotes(notes);
        customer.setEmail(city.toLowerCase() + "." + TestData.uniqueSlug("c") + "@example.org");
        customer.setLifecycleStage(LifecycleStage.ACTIVE);
        return as(admin, () -> context.getBean(CustomerService.class).save(customer));
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(com.github.mvysny.kaributools.NotificationsKt::getText).toList();
    }
}
