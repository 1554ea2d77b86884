package com.cartera.privacy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The 360 page offers admins the export and the erasure of a person's data; nobody else sees them. */
@CarteraIntegrationTest
class PersonalDataActionsTest extends KaribuTest {

    private SignedInUser admin;
    private Customer customer;

    @BeforeEach
    void aWorkspaceWithACustomer() {
        admin = data.newWorkspace("Datos personales " + TestData.uniqueSlug("dp"));
        customer = data.customer(admin, "Leocadia Benítez", TestData.uniqueEmail("leocadia"), LifecycleStage.ACTIVE);
    }

    @Test
    void anAdminDownloadsThePersonsDataAndErasesItAfterConfirming() {
        open(admin);
        PersonalDataButtons buttons = _get(PersonalDataButtons.class);
        assertThat(buttons.exportButton.getText()).isEqualTo("Exportar datos personales");
        assertThat(buttons.export.getHref()).isNotBlank();

        _click(buttons.erase);
        assertThat(buttons.confirmErase.isOpened()).isTrue();
        assertThat(ConfirmDialogKt.getText(buttons.confirmErase)).contains("Leocadia Benítez",
                "«Cliente anonimizado #" + customer.getId() + "»", "no se podrá deshacer");
        NotificationsKt.clearNotifications();
        ConfirmDialogKt._fireConfirm(buttons.confirmErase);

        assertThat(notifications()).singleElement().asString().startsWith("Datos personales borrados: ");
        String anonymised = "Cliente anonimizado #" + customer.getId();
        assertThat(_find(H2.class).stream().map(H2::getText)).contains(anonymised);
        assertThat(as(admin, () -> context.getBean(CustomerService.class).find(customer.getId()).orElseThrow())
                .getEmail()).isNull();
    }

    @Test
    void closingTheDialogErasesNothingAndOtherRolesSeeNoAction() {
        open(admin);
        PersonalDataButtons buttons = _get(PersonalDataButtons.class);
        _click(buttons.erase);
        ConfirmDialogKt._fireCancel(buttons.confirmErase);
        assertThat(as(admin, () -> context.getBean(CustomerService.class).find(customer.getId()).orElseThrow())
                .getName()).isEqualTo("Leocadia Benítez");

        SignedInUser manager = data.addMember(admin, TestData.uniqueEmail("dir"), "Directora",
                Set.of(Role.MANAGEMENT, Role.SALES, Role.MARKETING, Role.SUPPORT, Role.FINANCE));
        open(manager);
        assertThat(_find(PersonalDataButtons.class)).isEmpty();
    }

    private void open(SignedInUser user) {
        login(user);
        UI.getCurrent().navigate("customers/" + customer.getId());
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(com.github.mvysny.kaributools.NotificationsKt::getText).toList();
    }
}
