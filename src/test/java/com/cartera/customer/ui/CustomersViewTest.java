package com.cartera.customer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerFilter;
import com.cartera.customer.CustomerService;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.security.TeamDirectory;
import com.cartera.security.TeamMember;

@CarteraIntegrationTest
class CustomersViewTest extends KaribuTest {

    private CustomerService customerService;
    private SignedInUser admin;
    private Customer ana;
    private Customer bodegas;

    @BeforeEach
    void aWorkspaceWithCustomersAndAnotherOne() {
        customerService = context.getBean(CustomerService.class);
        admin = data.newWorkspace("Clientes " + TestData.uniqueSlug("c"));
        ana = data.customer(admin, "Ana García", "ana@garcia.es", LifecycleStage.LEAD);
        bodegas = data.customer(admin, "Bodegas Rioja SL", "info@bodegasrioja.es", LifecycleStage.ACTIVE);
        data.customer(admin, "Construcciones Duero", "obra@duero.es", LifecycleStage.ACTIVE);
        data.customer(admin, "Distribuciones Ebro", null, LifecycleStage.LOST);

        SignedInUser otherAdmin = data.newWorkspace("Otra " + TestData.uniqueSlug("o"));
        data.customer(otherAdmin, "Ana Intrusa", "ana@intrusa.es", LifecycleStage.ACTIVE);
    }

    private CustomersView open(SignedInUser user) {
        login(user);
        UI.getCurrent().navigate("customers");
        return _get(CustomersView.class);
    }

    @Test
    void theGridShowsThisWorkspacesCustomersOnlyByNameFromABackEndQuery() {
        CustomersView view = open(admin);

        assertThat(names(view)).containsExactly("Ana García", "Bodegas Rioja SL", "Construcciones Duero",
                "Distribuciones Ebro");
        MockVaadin.clientRoundtrip(false);
        assertThat(GridKt._size(view.grid)).isEqualTo(4);
        // Lazy: rows come from paged queries, not from a list held in memory.
        assertThat(view.grid.getDataProvider().isInMemory()).isFalse();
        // The grid asks for whole pages; the second page of two rows holds the third and fourth customers.
        assertThat(GridKt._fetch(view.grid, 2, 2)).extracting(Customer::getName)
                .containsExactly("Construcciones Duero", "Distribuciones Ebro");
        assertThat(GridKt._getFormattedRow(view.grid, 0)).startsWith("Ana García", "ana@garcia.es");
    }

    @Test
    void searchNarrowsIgnoringCase() {
        CustomersView view = open(admin);

        _setValue(view.search, "RIOJA");
        assertThat(names(view)).containsExactly("Bodegas Rioja SL");

        // Also by e-mail; and the other workspace's "Ana Intrusa" never shows up.
        _setValue(view.search, "ANA@");
        assertThat(names(view)).containsExactly("Ana García");

        _setValue(view.search, "intrusa");
        assertThat(names(view)).isEmpty();

        _setValue(view.search, "");
        assertThat(names(view)).hasSize(4);
    }

    @Test
    void theStageFilterNarrowsAndCombinesWithTheSearch() {
        CustomersView view = open(admin);

        _setValue(view.stage, LifecycleStage.ACTIVE);
        assertThat(names(view)).containsExactly("Bodegas Rioja SL", "Construcciones Duero");

        _setValue(view.search, "duero");
        assertThat(names(view)).containsExactly("Construcciones Duero");

        _setValue(view.stage, LifecycleStage.LEAD);
        assertThat(names(view)).isEmpty();

        _setValue(view.search, "");
        _setValue(view.stage, null);
        assertThat(names(view)).hasSize(4);
    }

    @Test
    void theNewCustomerFormShowsErrorsOnTheFieldsAndSavesValidInput() {
        CustomersView view = open(admin);
        CustomerForm form = view.form;
        assertThat(form.isVisible()).isFalse();

        _click(view.create);
        assertThat(form.isVisible()).isTrue();
        assertThat(form.title.getText()).isEqualTo("Nuevo cliente");

        _click(form.save);
        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).isEqualTo("Escribe el nombre");

        _setValue(form.name, "Estudio Fernández");
        _setValue(form.email, "no-es-un-correo");
        _click(form.save);
        assertThat(form.name.isInvalid()).isFalse();
        assertThat(form.email.isInvalid()).isTrue();
        assertThat(form.email.getErrorMessage()).isEqualTo("Escribe un correo electrónico válido, como ana@empresa.es");
        assertThat(countNamed("Estudio Fernández")).isZero();

        _setValue(form.email, "hola@estudiofernandez.es");
        _setValue(form.stage, LifecycleStage.PROSPECT);
        NotificationsKt.clearNotifications();
        _click(form.save);

        assertThat(notifications()).containsExactly("Guardado: Estudio Fernández");
        assertThat(form.isVisible()).isFalse();
        assertThat(names(view)).containsExactly("Ana García", "Bodegas Rioja SL", "Construcciones Duero",
                "Distribuciones Ebro", "Estudio Fernández");
        Customer saved = GridKt._get(view.grid, 4);
        assertThat(saved.getEmail()).isEqualTo("hola@estudiofernandez.es");
        assertThat(saved.getLifecycleStage()).isEqualTo(LifecycleStage.PROSPECT);
        assertThat(countNamed("Estudio Fernández")).isEqualTo(1);
    }

    @Test
    void aConcurrentEditIsAVisibleConflictNotASilentOverwrite() {
        SignedInUser colleague = data.addMember(admin, TestData.uniqueEmail("colega"), "Colega", Set.of(Role.MANAGEMENT));
        CustomersView view = open(admin);
        view.grid.select(row(view, "Bodegas Rioja SL"));
        CustomerForm form = view.form;
        assertThat(form.isVisible()).isTrue();
        assertThat(form.title.getText()).isEqualTo("Editar cliente");
        assertThat(form.name.getValue()).isEqualTo("Bodegas Rioja SL");

        // Meanwhile a colleague changes the same customer.
        as(colleague, () -> {
            Customer theirs = customerService.find(bodegas.getId()).orElseThrow();
            theirs.setCity("Logroño");
            return customerService.save(theirs);
        });

        _setValue(form.city, "Haro");
        NotificationsKt.clearNotifications();
        _click(form.save);

        assertThat(notifications()).containsExactly("Otra persona ha cambiado este cliente mientras lo editabas. "
                + "Tus cambios siguen en el formulario: cópialos, cierra y vuelve a abrir el cliente.");
        assertThat(NotificationsKt.getNotifications().getFirst().getThemeNames()).contains("error");
        assertThat(form.isVisible()).isTrue();
        assertThat(form.city.getValue()).isEqualTo("Haro");
        Customer stored = as(admin, () -> customerService.find(bodegas.getId()).orElseThrow());
        assertThat(stored.getCity()).isEqualTo("Logroño");
        assertThat(stored.getVersion()).isEqualTo(bodegas.getVersion() + 1);
    }

    @Test
    void theOwnerIsShownFiltersTheGridAndIsKeptWhenTheCustomerIsEdited() {
        TeamMember owner = as(admin, () -> context.getBean(TeamDirectory.class).find(admin.userId()).orElseThrow());
        var owned = new Customer();
        owned.setName("Ferretería Sil");
        owned.setLifecycleStage(LifecycleStage.ACTIVE);
        owned.setOwner(owner);
        as(admin, () -> customerService.save(owned));
        CustomersView view = open(admin);

        assertThat(GridKt._getFormatted(view.grid, 4, "owner")).isEqualTo(admin.displayName());
        _setValue(view.owner, view.owner.getListDataView().getItems()
                .filter(member -> member.getUserId().equals(admin.userId())).findFirst().orElseThrow());
        assertThat(names(view)).containsExactly("Ferretería Sil");

        view.grid.select(row(view, "Ferretería Sil"));
        assertThat(view.form.isVisible()).isTrue();
        assertThat(view.form.owner.getValue()).isNotNull();
        assertThat(view.form.owner.getValue().getUserId()).isEqualTo(admin.userId());
        _setValue(view.form.city, "Ourense");
        _click(view.form.save);

        Customer stored = as(admin, () -> customerService.page(CustomerFilter.NONE.withText("Ferretería Sil"),
                org.springframework.data.domain.PageRequest.of(0, 10)).getFirst());
        assertThat(stored.getCity()).isEqualTo("Ourense");
        assertThat(stored.getOwner().getUserId()).isEqualTo(admin.userId());
    }

    @Test
    void supportSeesTheCustomersButCannotCreateOrEditThem() {
        SignedInUser support = data.addMember(admin, TestData.uniqueEmail("soporte"), "Soporte", Set.of(Role.SUPPORT));
        CustomersView view = open(support);

        assertThat(names(view)).hasSize(4);
        assertThat(view.create.isVisible()).isFalse();
        view.grid.select(row(view, "Ana García"));
        assertThat(view.form.isVisible()).isFalse();

        // Sales, by contrast, may create.
        SignedInUser sales = data.addMember(admin, TestData.uniqueEmail("ventas"), "Ventas", Set.of(Role.SALES));
        assertThat(open(sales).create.isVisible()).isTrue();
    }

    private static List<String> names(CustomersView view) {
        return GridKt._findAll(view.grid).stream().map(Customer::getName).toList();
    }

    private static Customer row(CustomersView view, String name) {
        return GridKt._findAll(view.grid).stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(com.github.mvysny.kaributools.NotificationsKt::getText).toList();
    }

    private long countNamed(String name) {
        return as(admin, () -> customerService.count(CustomerFilter.NONE.withText(name)));
    }
}
