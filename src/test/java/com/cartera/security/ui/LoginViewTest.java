package com.cartera.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import tools.jackson.databind.JsonNode;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.base.ui.LanguageSelect;

/**
 * The login page as Vaadin renders it. The password itself is checked by Spring Security's filter,
 * see {@code CarteraAuthenticationProviderTest}.
 */
@CarteraIntegrationTest
class LoginViewTest extends KaribuTest {

    @Test
    void anonymousVisitorsAreSentToTheSpanishLoginForm() {
        // Setting up the UI opened the start page, which sent the anonymous visitor here.
        LoginView view = _get(LoginView.class);
        LoginForm form = _get(view, LoginForm.class);

        assertThat(label(form, "form", "title")).isEqualTo("Iniciar sesión");
        assertThat(label(form, "form", "username")).isEqualTo("Correo electrónico");
        assertThat(label(form, "form", "password")).isEqualTo("Contraseña");
        assertThat(label(form, "form", "submit")).isEqualTo("Entrar");
        // The form posts to Spring Security's login processing URL; "forgot password" leads to a mailed reset link.
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(form.isForgotPasswordButtonVisible()).isTrue();
        assertThat(form.isError()).isFalse();
        assertThat(problem(view).isVisible()).isFalse();
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Iniciar sesión · Cartera");
    }

    @Test
    void aFailedSignInShowsTheErrorState() {
        UI.getCurrent().navigate("login", QueryParameters.fromString("error"));
        LoginView view = _get(LoginView.class);
        LoginForm form = _get(view, LoginForm.class);

        assertThat(form.isError()).isTrue();
        assertThat(label(form, "errorMessage", "title")).isEqualTo("No hemos podido iniciar tu sesión");
        assertThat(label(form, "errorMessage", "message"))
                .isEqualTo("Comprueba el correo electrónico y la contraseña e inténtalo de nuevo.");
        assertThat(problem(view).isVisible()).isFalse();
    }

    @Test
    void aThrottledAttemptIsExplainedAsSuch() {
        // Spring Security leaves the last failure in the HTTP session before redirecting to /login?error.
        httpSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new LockedException("locked"));

        UI.getCurrent().navigate("login", QueryParameters.fromString("error"));
        LoginForm form = _get(LoginForm.class);

        assertThat(form.isError()).isTrue();
        assertThat(label(form, "errorMessage", "title")).isEqualTo("Demasiados intentos fallidos");
        assertThat(label(form, "errorMessage", "message"))
                .isEqualTo("Por seguridad, espera un poco antes de volver a intentarlo: cada intento fallido alarga la "
                        + "espera.");
    }

    @Test
    void anOAuth2SignInWithoutAccountIsExplained() {
        UI.getCurrent().navigate("login", QueryParameters.fromString("error=no-account"));
        LoginView view = _get(LoginView.class);

        assertThat(problem(view).isVisible()).isTrue();
        assertThat(problem(view).getText()).isEqualTo("No hay ninguna cuenta de Cartera con ese correo verificado. "
                + "Pide a quien administra tu espacio que te dé de alta.");
        assertThat(_get(view, LoginForm.class).isError()).isFalse();
    }

    @Test
    void anOAuth2SignInToAnAccountWithAnUnverifiedAddressIsExplained() {
        UI.getCurrent().navigate("login", QueryParameters.fromString("error=unverified"));
        LoginView view = _get(LoginView.class);

        assertThat(problem(view).getText()).startsWith("La cuenta de Cartera con ese correo aún no ha confirmado su dirección.");
        assertThat(_get(view, LoginForm.class).isError()).isFalse();
    }

    @Test
    void anEndedSessionIsExplained() {
        UI.getCurrent().navigate("login", QueryParameters.fromString("session-ended"));
        LoginView view = _get(LoginView.class);

        assertThat(problem(view).isVisible()).isTrue();
        assertThat(problem(view).getText()).startsWith("Tu sesión se ha cerrado");
        assertThat(_get(view, LoginForm.class).isError()).isFalse();
    }

    @Test
    void choosingEnglishReloadsThePageInEnglish() {
        _setValue(_get(LanguageSelect.class), Locale.ENGLISH, true);

        // The reload made a new UI, which opened the login page again.
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
        LoginForm form = _get(LoginForm.class);
        assertThat(label(form, "form", "title")).isEqualTo("Sign in");
        assertThat(label(form, "form", "username")).isEqualTo("E-mail");
    }

    private static String label(LoginForm form, String group, String key) {
        JsonNode i18n = (JsonNode) form.getElement().getPropertyRaw("i18n");
        return i18n.path(group).path(key).asString();
    }

    /** The paragraph that explains a problem; found even while hidden (Karibu's lookups skip hidden ones). */
    private static Paragraph problem(LoginView view) {
        return descendants(view).filter(Paragraph.class::isInstance).map(Paragraph.class::cast)
                .filter(paragraph -> paragraph.hasClassName("auth-problem")).findFirst().orElseThrow();
    }

    private static Stream<Component> descendants(Component component) {
        return component.getChildren().flatMap(child -> Stream.concat(Stream.of(child), descendants(child)));
    }
}
