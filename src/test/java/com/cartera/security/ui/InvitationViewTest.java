package com.cartera.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.security.Role;
import com.cartera.security.SentMail;
import com.cartera.security.SignedInUser;
import com.cartera.security.TeamService;

/**
 * The invitation page: a new person accepts with a name and password; an existing account accepts only
 * signed in as itself; and the page shows nobody whether the invited address has an account.
 */
@CarteraIntegrationTest
class InvitationViewTest extends KaribuTest {

    private SignedInUser admin;
    private String email;
    private String token;

    @BeforeEach
    void anInvitation() {
        admin = data.newWorkspace("Invita " + TestData.uniqueSlug("i"));
        email = TestData.uniqueEmail("invitada");
        token = invite(email, Role.MARKETING);
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
        view.password.setValue("ñ".repeat(36) + "1");
        view.accept.click();
        assertThat(view.password.getErrorMessage()).startsWith("La contraseña admite como mucho 72 bytes");
        assertThat(signedInUser()).isNull();

        view.password.setValue("Ines-Prado-2026");
        view.accept.click();
        assertThat(signedInUser().email()).isEqualTo(email);
        assertThat(signedInUser().roles()).containsExactly(Role.MARKETING);
        assertThat(signedInUser().workspace().tenant()).isEqualTo(admin.workspace().tenant());
        assertThat(pagesOpened()).containsExactly("/");
    }

    @Test
    void thePageAndItsAnswerAreTheSameWhetherOrNotTheAddressHasAnAccount() {
        SignedInUser elsewhere = data.newWorkspace("Otra " + TestData.uniqueSlug("o"));
        String forExisting = invite(elsewhere.email(), Role.MARKETING);
        logout();

        List<String> withoutAccount = pageFor(token, email);
        List<String> withAccount = pageFor(forExisting, elsewhere.email());
        assertThat(withAccount).isEqualTo(withoutAccount);
        assertThat(withAccount).doesNotContain(elsewhere.displayName());

        // Typing a new account on the link of an address that has one: a neutral answer, the owner is told.
        UI.getCurrent().navigate("invite/" + forExisting);
        var view = _get(InvitationView.class);
        view.name.setValue("Quien sea");
        view.password.setValue("Otra-clave-2026");
        view.accept.click();
        assertThat(LocatorJ._find(view, Paragraph.class).getLast().getText()).isEqualTo("Te hemos enviado un correo a "
                + elsewhere.email() + ". Sigue sus instrucciones para aceptar la invitación.");
        assertThat(signedInUser()).isNull();
        assertThat(SentMail.last(elsewhere.email()).text()).contains("/invite/" + forExisting);
    }

    @Test
    void signingInFirstGoesThroughTheLoginPage() {
        UI.getCurrent().navigate("invite/" + token);
        _get(InvitationView.class).signInFirst.click();
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void theInvitedAccountSignedInAcceptsWithOneButtonOnceVerified() {
        SignedInUser elsewhere = data.newWorkspace("Otra " + TestData.uniqueSlug("o"));
        String forExisting = invite(elsewhere.email(), Role.FINANCE);
        login(elsewhere);

        UI.getCurrent().navigate("invite/" + forExisting + "/sign-in");
        var view = _get(InvitationView.class);
        assertThat(LocatorJ._find(view, Paragraph.class).getLast().getText()).isEqualTo(
                "Antes de unirte a otro espacio de trabajo, confirma tu dirección con el enlace que te enviamos por correo.");
        assertThat(view.accept.isAttached()).isFalse();
        assertThat(LocatorJ._find(view, PasswordField.class)).isEmpty();

        data.verifyEmail(elsewhere.userId());
        UI.getCurrent().navigate("invite/" + forExisting);
        view = _get(InvitationView.class);
        view.accept.click();
        assertThat(signedInUser().userId()).isEqualTo(elsewhere.userId());
        assertThat(signedInUser().workspace().tenant()).isEqualTo(admin.workspace().tenant());
        assertThat(signedInUser().roles()).containsExactly(Role.FINANCE);
    }

    @Test
    void anotherSignedInAccountHasNothingToAccept() {
        login(admin);
        UI.getCurrent().navigate("invite/" + token);
        var view = _get(InvitationView.class);
        assertThat(LocatorJ._find(view, Paragraph.class).getLast().getText()).isEqualTo("Esta invitación es para "
                + email + " y has iniciado sesión como " + admin.email() + ". Cierra la sesión y entra con la cuenta de "
                + email + ".");
        assertThat(view.accept.isAttached()).isFalse();
    }

    @Test
    void anUnknownLinkExplainsItselfAndOffersNoForm() {
        UI.getCurrent().navigate("invite/not-a-real-token");
        var view = _get(InvitationView.class);
        assertThat(LocatorJ._find(view, Paragraph.class).getFirst().getText()).startsWith("Este enlace de invitación no es válido");
        assertThat(view.accept.isAttached()).isFalse();
    }

    private String invite(String address, Role role) {
        return as(admin, () -> context.getBean(TeamService.class).invite(address, Set.of(role)));
    }

    /** Every text, label and button of the page for an invitation, with the invited address left out. */
    private static List<String> pageFor(String invitation, String address) {
        UI.getCurrent().navigate("invite/" + invitation);
        var view = _get(InvitationView.class);
        return Stream.of(LocatorJ._find(view, Paragraph.class), LocatorJ._find(view, H3.class),
                        LocatorJ._find(view, Button.class), LocatorJ._find(view, TextField.class),
                        LocatorJ._find(view, PasswordField.class))
                .flatMap(List::stream)
                .map(InvitationViewTest::describe)
                .map(text -> text.replace(address, "ADDRESS"))
                .toList();
    }

    private static String describe(Component component) {
        return switch (component) {
            case TextField field -> "field " + field.getLabel();
            case PasswordField field -> "password " + field.getLabel();
            case HasText text -> component.getClass().getSimpleName() + " " + text.getText();
            default -> component.getClass().getSimpleName();
        };
    }
}
