package com.cartera.customer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNoDialogs;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerField;
import com.cartera.customer.CustomerMergeService.Side;
import com.cartera.customer.CustomerService;
import com.cartera.customer.DuplicatePair;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;

/** The review screen of likely duplicates and the merge dialog it opens. */
@CarteraIntegrationTest
class DuplicatesViewTest extends KaribuTest {

    private CustomerService customerService;
    private SignedInUser admin;
    private Customer ana;
    private Customer anaCopy;

    @BeforeEach
    void aWorkspaceWithTwoLikelyDuplicatesAndAnotherWorkspace() {
        customerService = context.getBean(CustomerService.class);
        admin = data.newWorkspace("Revisión " + TestData.uniqueSlug("r"));
        ana = save(admin, customer("Ana García", "ana@garcia.es", "+34 600 123 456", null, "Madrid", "Prefiere WhatsApp."));
        anaCopy = save(admin, customer("Ana Garcia", "ANA@garcia.es", null, "12345678Z", "Madrid", "Alta en la feria."));
        save(admin, customer("Pedro Ruiz", null, "611 222 333", null, "Sevilla", null));
        save(admin, customer("P. Ruiz Gómez", null, "0034611222333", null, null, null));

        SignedInUser otherAdmin = data.newWorkspace("Otra " + TestData.uniqueSlug("o"));
        save(otherAdmin, customer("Ana Intrusa", "ana@garcia.es", null, null, null, null));
        save(otherAdmin, customer("Ana Intrusa Bis", "ana@garcia.es", null, null, null, null));
    }

    private DuplicatesView open(SignedInUser user) {
        login(user);
        UI.getCurrent().navigate("duplicates");
        return _get(DuplicatesView.class);
    }

    @Test
    void pairsOfThisWorkspaceMostLikelyFirstWithTheirReasons() {
        DuplicatesView view = open(admin);

        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        DuplicatePair first = GridKt._get(view.grid, 0);
        assertThat(List.of(first.first().getName(), first.second().getName())).containsExactly("Ana García", "Ana Garcia");
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("Mismo correo, Nombre parecido en la misma ciudad");
        assertThat(scoreOf(view, 0)).isEqualTo("94 %");
        assertThat(GridKt._getFormattedRow(view.grid, 1)).contains("Mismo teléfono");
        assertThat(scoreOf(view, 1)).isEqualTo("60 %");
        assertThat(view.grid.getDataProvider().isInMemory()).isFalse();
    }

    @Test
    void notADuplicateTakesThePairOffTheList() {
        DuplicatesView view = open(admin);
        NotificationsKt.clearNotifications();

        _click(button(view, 1, "No es duplicado"));

        assertThat(notifications()).containsExactly("Marcados como clientes distintos: Pedro Ruiz y P. Ruiz Gómez");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._get(view.grid, 0).first().getId()).isEqualTo(ana.getId());
    }

    @Test
    void mergingOffersTheDifferingFieldsShowsTheResultAndKeepsEverything() {
        DuplicatesView view = open(admin);
        _click(button(view, 0, "Fusionar"));
        MergeDialog dialog = _get(MergeDialog.class);

        assertThat(dialog.survivor.getValue().getId()).isEqualTo(ana.getId());
        assertThat(dialog.choices.keySet()).containsExactly(CustomerField.NAME, CustomerField.EMAIL,
                CustomerField.PHONE, CustomerField.TAX_ID);
        // The survivor's value unless only the other one has one.
        assertThat(dialog.choices.get(CustomerField.NAME).getValue()).isEqualTo(Side.SURVIVOR);
        assertThat(dialog.choices.get(CustomerField.PHONE).getValue()).isEqualTo(Side.SURVIVOR);
        assertThat(dialog.choices.get(CustomerField.TAX_ID).getValue()).isEqualTo(Side.MERGED);
        assertThat(dialog.choices.get(CustomerField.PHONE).getItemLabelGenerator().apply(Side.MERGED)).isEqualTo("(vacío)");
        assertThat(dialog.preview.getElement().getTextRecursively()).contains("12345678Z", "+34 600 123 456",
                "Prefiere WhatsApp.", "--- Ana Garcia (#" + anaCopy.getId() + ") ---", "Alta en la feria.");
        assertThat(dialog.consequence.getText()).startsWith("«Ana Garcia» dejará de existir");

        _setValue(dialog.choices.get(CustomerField.EMAIL), Side.MERGED);
        assertThat(dialog.preview.getElement().getTextRecursively()).contains("ANA@garcia.es");
        NotificationsKt.clearNotifications();
        _click(dialog.confirm);

        assertThat(notifications()).containsExactly("«Ana Garcia» fusionado en «Ana García»");
        _assertNoDialogs();
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        Customer merged = as(admin, () -> customerService.find(ana.getId()).orElseThrow());
        assertThat(merged.getName()).isEqualTo("Ana García");
        assertThat(merged.getEmail()).isEqualTo("ANA@garcia.es");
        assertThat(merged.getPhone()).isEqualTo("+34 600 123 456");
        assertThat(merged.getTaxId()).isEqualTo("12345678Z");
        assertThat(merged.getNotes()).contains("Prefiere WhatsApp.", "Alta en la feria.");
        assertThat(as(admin, () -> customerService.find(anaCopy.getId()))).isEmpty();
    }

    @Test
    void choosingTheOtherSurvivorTurnsTheDefaultsAround() {
        DuplicatesView view = open(admin);
        _click(button(view, 0, "Fusionar"));
        MergeDialog dialog = _get(MergeDialog.class);

        _setValue(dialog.survivor, dialog.survivor.getListDataView().getItems()
                .filter(customer -> customer.getId().equals(anaCopy.getId())).findFirst().orElseThrow());

        assertThat(dialog.choices.get(CustomerField.PHONE).getValue()).isEqualTo(Side.MERGED);
        assertThat(dialog.choices.get(CustomerField.TAX_ID).getValue()).isEqualTo(Side.SURVIVOR);
        assertThat(dialog.consequence.getText()).startsWith("«Ana García» dejará de existir");
    }

    @Test
    void aChangeMadeMeanwhileIsAConflictAndNothingIsMerged() {
        DuplicatesView view = open(admin);
        _click(button(view, 0, "Fusionar"));
        MergeDialog dialog = _get(MergeDialog.class);
        Customer edited = as(admin, () -> customerService.find(anaCopy.getId()).orElseThrow());
        edited.setCity("Getafe");
        save(admin, edited);
        NotificationsKt.clearNotifications();

        _click(dialog.confirm);

        assertThat(notifications()).singleElement().asString().startsWith("Otra persona ha cambiado alguno");
        _assertNoDialogs();
        assertThat(as(admin, () -> customerService.find(anaCopy.getId()))).isPresent();
        assertThat(as(admin, () -> customerService.find(ana.getId()))).isPresent();
    }

    @Test
    void valuesTooLongTogetherAreRefusedNamingTheField() {
        Customer wordy = as(admin, () -> customerService.find(anaCopy.getId()).orElseThrow());
        wordy.setNotes("x".repeat(9_990));
        save(admin, wordy);
        DuplicatesView view = open(admin);
        _click(button(view, 0, "Fusionar"));
        NotificationsKt.clearNotifications();

        _click(_get(MergeDialog.class).confirm);

        assertThat(notifications()).containsExactly("Notas: Como mucho 10.000 caracteres");
        assertThat(as(admin, () -> customerService.find(anaCopy.getId()))).isPresent();
    }

    @Test
    void salesSeeThePairsButMayNeitherMergeNorDismiss() {
        SignedInUser sales = data.addMember(admin, TestData.uniqueEmail("ventas"), "Ventas", Set.of(Role.SALES));
        DuplicatesView view = open(sales);

        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        assertThat(_find(GridKt._getCellComponent(view.grid, 0, "actions"), Button.class)).isEmpty();
    }

    private static String scoreOf(DuplicatesView view, int row) {
        return ((Span) GridKt._getCellComponent(view.grid, row, "score")).getText();
    }

    private static Button button(DuplicatesView view, int row, String text) {
        Component actions = GridKt._getCellComponent(view.grid, row, "actions");
        return _get(actions, Button.class, spec -> spec.withText(text));
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(com.github.mvysny.kaributools.NotificationsKt::getText).toList();
    }

    private Customer save(SignedInUser user, Customer customer) {
        return as(user, () -> customerService.save(customer));
    }

    private static Customer customer(String name, String email, String phone, String taxId, String city, String notes) {
        var customer = new Customer();
        customer.setName(name);
        customer.setEmail(email);
        customer.setPhone(phone);
        customer.setTaxId(taxId);
        customer.setCity(city);
        customer.setNotes(notes);
        customer.setLifecycleStage(LifecycleStage.LEAD);
        return customer;
    }
}
