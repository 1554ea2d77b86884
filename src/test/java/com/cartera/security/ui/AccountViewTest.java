package com.cartera.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.html.Paragraph;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.security.SentMail;
import com.cartera.TestData;
import com.cartera.security.SignedInUser;

/** A user changes their own password: the current one is checked, the new one follows the policy. */
@CarteraIntegrationTest
class AccountViewTest extends KaribuTest {

    private SignedInUser user;
    private AccountView view;

    @BeforeEach
    void signedIn() {
        user = login(data.newWorkspace("Cuenta " + TestData.uniqueSlug("c")));
        UI.getCurrent().navigate("account");
        view = _get(AccountView.class);
    }

    @Test
    void anUnverifiedAddressIsShownWithAWayToResendTheLink() {
        assertThat(view.unverified.isAttached()).isTrue();
        int before = SentMail.to(user.email()).size();
        view.resendVerification.click();
        NotificationsKt.expectNotifications("Te hemos enviado un enlace de verificación a " + user.email());
        assertThat(SentMail.to(user.email())).hasSize(before + 1);

        // Opening the mailed link while signed in verifies the address, and the notice is gone.
        UI.getCurrent().navigate("verify-email/" + SentMail.last(user.email()).token());
        assertThat(LocatorJ._find(_get(VerifyEmailView.class), Paragraph.class).getFirst().getText())
                .isEqualTo("Dirección " + user.email() + " confirmada.");
        UI.getCurrent().navigate("account");
        assertThat(_get(AccountView.class).unverified.isAttached()).isFalse();
    }

    @Test
    void aPasswordOverBcryptsSeventyTwoBytesIsRefusedWithTheLimitNamed() throws Exception {
        // 36 "ñ" are 72 bytes in UTF-8 though only 36 characters; with a digit, 73 bytes.
        fill(TestData.PASSWORD, "ñ".repeat(36) + "1", "ñ".repeat(36) + "1");
        view.change.click();
        assertThat(view.newPassword.getErrorMessage()).startsWith("La contraseña admite como mucho 72 bytes");
        fill(TestData.PASSWORD, "a".repeat(99) + "1", "a".repeat(99) + "1");
        view.change.click();
        assertThat(view.newPassword.getErrorMessage()).startsWith("La contraseña admite como mucho 72 bytes");
        assertThat(signsIn(TestData.PASSWORD)).isTrue();
    }

    @Test
    void changesThePasswordSoThatOnlyTheNewOneSignsIn() throws Exception {
        fill(TestData.PASSWORD, "Nueva-clave-2026", "Nueva-clave-2026");
        view.change.click();

        NotificationsKt.expectNotifications("Contraseña cambiada");
        assertThat(view.currentPassword.getValue()).isEmpty();
        assertThat(signsIn("Nueva-clave-2026")).isTrue();
        assertThat(signsIn(TestData.PASSWORD)).isFalse();
    }

    @Test
    void aWrongCurrentPasswordIsShownOnItsField() throws Exception {
        fill("no-es-la-mia-1", "Nueva-clave-2026", "Nueva-clave-2026");
        view.change.click();

        assertThat(view.currentPassword.isInvalid()).isTrue();
        assertThat(view.currentPassword.getErrorMessage()).isEqualTo("La contraseña actual no es correcta");
        assertThat(signsIn(TestData.PASSWORD)).isTrue();
    }

    @Test
    void aWeakOrMistypedNewPasswordIsRefused() throws Exception {
        fill(TestData.PASSWORD, "corta1", "corta1");
        view.change.click();
        assertThat(view.newPassword.getErrorMessage()).isEqualTo("La contraseña necesita al menos 10 caracteres");

        fill(TestData.PASSWORD, "Nueva-clave-2026", "Nueva-clave-2027");
        view.change.click();
        assertThat(view.repeatPassword.isInvalid()).isTrue();
        assertThat(view.repeatPassword.getErrorMessage()).isEqualTo("Las dos contraseñas nuevas no coinciden");
        assertThat(signsIn(TestData.PASSWORD)).isTrue();
    }

    private void fill(String current, String fresh, String repeated) {
        view.currentPassword.setValue(current);
        view.newPassword.setValue(fresh);
        view.repeatPassword.setValue(repeated);
    }

    private boolean signsIn(String password) throws Exception {
        AuthenticationManager manager = context.getBean(AuthenticationConfiguration.class).getAuthenticationManager();
        try {
            manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user.email(), password));
            return true;
        } catch (BadCredentialsException refused) {
            return false;
        }
    }
}
