package com.cartera.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.security.Role;
import com.cartera.security.SignedInUser;
import com.cartera.security.TeamService;

/** The invitation page: a new person accepts with a name and password and lands in the workspace. */
@CarteraIntegrationTest
class InvitationViewTest extends KaribuTest {

    private SignedInUser admin;
    private String email;
    private String token;

    @BeforeEach
    void anInvitation() {
        admin = data.newWorkspace("Invita " + TestData.uniqueSlug("i"));
        email = TestData.uniqueEmail("invitada");
        token = as(admin, () -> context.getBean(TeamService.class).invite(email, Set.of(Role.MARKETING)));
        logout();
    }

    @Test
    void newPersonAcceptsAndIsSignedInWithTheInvitedRole() {
        UI.getCurrent().navigate("invite/" + token);
        var view = _get(InvitationView.class);
        assertThat(LocatorJ._find(view, Paragraph.class).getFirst().getText())
                .isEqualTo("Te han invitado a unirte a " + admin.workspace().name() + " como " + email
                        + ", con el rol: Marketing.");

        view.name.setValue("Inés Prado");
        view.password.setValue("corta");
        view.accept.click();
        assertThat(view.password.getErrorMessage()).isEqualTo("La contraseña necesita al menos 10 caracteres");
        assertThat(signedInUser()).isNull();

        view.password.setValue("Ines-Prado-2026");
        view.accept.click();
        assertThat(signedInUser().email()).isEqualTo(email);
        assertThat(signedInUser().roles()).containsExactly(Role.MARKETING);
        assertThat(signedInUser().workspace().tenant()).isEqualTo(admin.workspace().tenant());
        assertThat(pagesOpened()).containsExactly("/");
    }

    @Test
    void anUnknownLinkExplainsItselfAndOffersNoForm() {
        UI.getCurrent().navigate("invite/not-a-real-token");
        var view = _get(InvitationView.class);
        assertThat(LocatorJ._find(view, Paragraph.class).getFirst().getText()).startsWith("Este enlace de invitación no es válido");
        assertThat(view.accept.isAttached()).isFalse();
    }
}
