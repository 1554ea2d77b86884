package com.cartera.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.security.SignedInUser;

/** A new workspace works at once; a banner reminds its founder to confirm the address until they have. */
@CarteraIntegrationTest
class VerificationBannerTest extends KaribuTest {

    @Test
    void anUnconfirmedAddressIsRemindedOnEveryPage() {
        SignedInUser founder = data.newWorkspace("Banner SL");
        login(founder);

        UI.getCurrent().navigate("customers");

        assertThat(layoutText()).contains("Aún no has confirmado tu dirección de correo: te hemos enviado un enlace.")
                .contains("Reenviar o ver mi cuenta");
    }

    @Test
    void aConfirmedAddressSeesNoBanner() {
        SignedInUser founder = data.newWorkspace("Sin banner SL");
        data.verifyEmail(founder.userId());
        login(founder);

        UI.getCurrent().navigate("customers");

        assertThat(layoutText()).doesNotContain("Aún no has confirmado");
    }

    private static String layoutText() {
        return UI.getCurrent().getChildren().filter(MainLayout.class::isInstance).findFirst().orElseThrow()
                .getElement().getTextRecursively();
    }
}
