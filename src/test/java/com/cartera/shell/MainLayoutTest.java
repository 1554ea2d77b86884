package com.cartera.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.customer.Customer;
import com.cartera.customer.LifecycleStage;
import com.cartera.security.SignedInUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The navigation bar's heading follows the view shown, menu page or not, and so does the browser tab. */
@CarteraIntegrationTest
class MainLayoutTest extends KaribuTest {

    private SignedInUser admin;

    @BeforeEach
    void signedIn() {
        admin = login(data.newWorkspace("Cabecera " + TestData.uniqueSlug("h")));
    }

    private String heading() {
        return _get(H1.class, spec -> spec.withClasses("view-title")).getText();
    }

    @Test
    void aMenuPageShowsItsMenuTitle() {
        UI.getCurrent().navigate("customers");

        assertThat(heading()).isEqualTo("Clientes");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Clientes · Cartera");
    }

    @Test
    void pagesOutsideTheMenuHaveAHeadingToo() {
        Customer ana = data.customer(admin, "Ana García", "ana@garcia.es", LifecycleStage.ACTIVE);

        UI.getCurrent().navigate("pipeline/settings");
        assertThat(heading()).isEqualTo(UI.getCurrent().getTranslation("pipeline.settings"));

        UI.getCurrent().navigate("alerts/settings");
        assertThat(heading()).isEqualTo(UI.getCurrent().getTranslation("alert-rules.title"));

        UI.getCurrent().navigate("customers/" + ana.getId());
        assertThat(heading()).isEqualTo("Ana García");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Ana García · Cartera");
    }
}
