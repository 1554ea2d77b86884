package com.cartera.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.security.SentMail;
import com.cartera.security.SignedInUser;

/** "Forgot your password?", the request page and the page of the mailed link. */
@CarteraIntegrationTest
class PasswordResetPagesTest extends KaribuTest {

    @Test
    void theLoginPageLeadsToTheRequestPage() {
        UI.getCurrent().navigate("login");
        var form = _get(LoginForm.class);

        com.vaadin.flow.component.ComponentUtil.fireEvent(form, new com.vaadin.flow.component.login.AbstractLogin.ForgotPasswordEvent(form, true));

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(PasswordResetRequestView.class);
    }

    @Test
    void anAddressWithAndWithoutAccountGetsTheSameAnswer() {
        SignedInUser user = data.newWorkspace("Olvido SL");
        String nobody = TestData.uniqueEmail("nadie");

        String withAccount = answerFor(user.email()).replace(user.email(), "X");
        String withoutAccount = answerFor(nobody).replace(nobody, "X");

        assertThat(withAccount).isEqualTo(withoutAccount)
                .isEqualTo("Si X tiene cuenta en Cartera, acabamos de enviarle un enlace para elegir una contraseña "
                        + "nueva. Caduca en una hora.");
        assertThat(SentMail.last(user.email()).link()).contains("/reset-password/");
        assertThat(SentMail.to(nobody)).isEmpty();
    }

    @Test
    void aMalformedAddressIsRefusedOnItsField() {
        UI.getCurrent().navigate("forgot-password");
        var view = _get(PasswordResetRequestView.class);

        _setValue(view.email, "no-es-correo");
        _click(view.send);

        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.answer.isVisible()).isFalse();
    }

    @Test
    void theLinkSetsTheNewPasswordOnceAndThenSaysItWasUsed() {
        SignedInUser user = data.newWorkspace("Enlace SL");
        answerFor(user.email());
        String token = SentMail.last(user.email()).token();

        UI.getCurrent().navigate("reset-password/" + token);
        var view = _get(PasswordResetView.class);
        _setValue(view.password, "corta");
        _click(view.save);
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).isEqualTo("La contraseña necesita al menos 10 caracteres");

        _setValue(view.password, "Otra-clave-segura-9");
        _click(view.save);
        assertThat(text(view)).contains("Contraseña cambiada. Ya puedes entrar con ella.");

        UI.getCurrent().navigate("reset-password/" + token);
        assertThat(text(_get(PasswordResetView.class)))
                .contains("Este enlace ya se ha usado. Cada enlace sirve una sola vez.");
    }

    @Test
    void anExpiredOrUnknownLinkSaysSoPlainly() {
        SignedInUser user = data.newWorkspace("Caduca SL");
        answerFor(user.email());
        String token = SentMail.last(user.email()).token();
        context.getBean(JdbcTemplate.class).update("update cartera.account_token set expires_at = now() - interval '1 minute'"
                + " where purpose = 'RESET_PASSWORD' and user_id = ?", user.userId());

        UI.getCurrent().navigate("reset-password/" + token);
        assertThat(text(_get(PasswordResetView.class))).contains("Este enlace ha caducado. Los enlaces valen una hora.");

        UI.getCurrent().navigate("reset-password/" + token + "x");
        assertThat(text(_get(PasswordResetView.class))).contains("Este enlace no es válido.");
    }

    private String answerFor(String email) {
        UI.getCurrent().navigate("forgot-password");
        var view = _get(PasswordResetRequestView.class);
        _setValue(view.email, email);
        _click(view.send);
        assertThat(view.answer.isVisible()).isTrue();
        return view.answer.getText();
    }

    private static String text(PasswordResetView view) {
        return view.getElement().getTextRecursively();
    }
}
