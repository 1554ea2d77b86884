package com.cartera.customer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNoDialogs;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.CustomerService;
import com.cartera.customer.DuplicateService;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.SignedInUser;
import com.cartera.security.TeamDirectory;

/** The warning a form shows before saving a customer that looks like existing ones, driven on its own. */
@CarteraIntegrationTest
class DuplicateWarningTest extends KaribuTest {

    private SignedInUser admin;
    private Customer ana;
    private DuplicateWarning warning;
    private final AtomicInteger saves = new AtomicInteger();

    @BeforeEach
    void aWorkspaceWithAnaAndAFormAboutToSave() {
        admin = data.newWorkspace("Aviso " + TestData.uniqueSlug("a"));
        var existing = new Customer();
        existing.setName("Ana García");
        existing.setEmail("ana@garcia.es");
        existing.setPhone("+34 600 123 456");
        existing.setCity("Madrid");
        existing.setLifecycleStage(LifecycleStage.ACTIVE);
        existing.setOwner(as(admin, () -> context.getBean(TeamDirectory.class).find(admin.userId()).orElseThrow()));
        ana = as(admin, () -> context.getBean(CustomerService.class).save(existing));

        login(admin);
        UI.getCurrent().navigate("customers");
        warning = new DuplicateWarning(context.getBean(DuplicateService.class));
    }

    @Test
    void aDraftLikeAnExistingCustomerShowsItWithWhyAndHowLikelyAndALinkToIt() {
        warning.check(draft("Ana Garcia", "ANA@garcia.es", "Madrid"), saves::incrementAndGet);

        assertThat(_get(Dialog.class)).isSameAs(warning);
        assertThat(warning.intro.getText()).contains("«Ana Garcia»");
        assertThat(GridKt._size(warning.candidates)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(warning.candidates, 0))
                .contains("ana@garcia.es", "+34 600 123 456", "Madrid", admin.displayName(),
                        "Mismo correo, Nombre parecido en la misma ciudad");
        var link = (Anchor) GridKt._getCellComponent(warning.candidates, 0, "name");
        assertThat(link.getText()).isEqualTo("Ana García");
        assertThat(link.getHref()).isEqualTo("customers/" + ana.getId());
        // E-mail (0.2 left) and an identical name in the city (0.3 left): 100 × (1 − 0.06).
        assertThat(((Span) GridKt._getCellComponent(warning.candidates, 0, "score")).getText()).isEqualTo("94 %");
        assertThat(saves).hasValue(0);
    }

    @Test
    void savingAnywaySavesOnceAndClosesTheWarning() {
        warning.check(draft("Otra", null, null, "600123456"), saves::incrementAndGet);
        assertThat(GridKt._getFormattedRow(warning.candidates, 0)).contains("Mismo teléfono");

        _click(warning.saveAnyway);

        assertThat(saves).hasValue(1);
        _assertNoDialogs();
    }

    @Test
    void cancellingGoesBackToTheFormWithoutSaving() {
        warning.check(draft("Otra", "ana@garcia.es", null), saves::incrementAndGet);

        _click(warning.cancel);

        assertThat(saves).hasValue(0);
        _assertNoDialogs();
    }

    @Test
    void aDraftLikeNobodySavesStraightAwayWithoutAWarning() {
        warning.check(draft("Bodegas del Norte", "info@norte.es", "Madrid"), saves::incrementAndGet);

        assertThat(saves).hasValue(1);
        _assertNoDialogs();
    }

    private static Customer draft(String name, String email, String city) {
        return draft(name, email, city, null);
    }

    private static Customer draft(String name, String email, String city, String phone) {
        var customer = new Customer();
        customer.setName(name);
        customer.setEmail(email);
        customer.setCity(city);
        customer.setPhone(phone);
        return customer;
    }
}
