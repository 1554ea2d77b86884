package com.cartera.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;

import com.cartera.CarteraIntegrationTest;
import com.cartera.KaribuTest;
import com.cartera.TestData;
import com.cartera.TestWorkspaces;
import com.cartera.security.LoginForm;
import com.cartera.security.SessionProperties;
import com.cartera.security.SignedInUser;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;

/**
 * The session a sign-up signs the new admin in to counts against the account's cap with those of the login
 * form: it is registered for the account, and the form sign-in that makes one too many ends it.
 */
@CarteraIntegrationTest
class SignupSessionCapTest extends KaribuTest {

    @LocalServerPort
    int port;

    @Test
    void theSignUpSessionIsCountedAndEndedByTheSignInThatMakesOneTooMany() throws Exception {
        SessionRegistry registry = context.getBean(SessionRegistry.class);
        int cap = context.getBean(SessionProperties.class).maxPerAccount();
        String email = TestData.uniqueEmail("alta");
        UI.getCurrent().navigate("signup");
        SignupView view = _get(SignupView.class);
        _setValue(view.companyName, "Sesiones de Alta S.L.");
        _setValue(view.slug, TestData.uniqueSlug("alta"));
        _setValue(view.adminName, "Alta Nueva");
        _setValue(view.email, email);
        _setValue(view.password, TestWorkspaces.PASSWORD);
        _click(view.submit);

        SignedInUser admin = signedInUser();
        String signUpSession = httpSession().getId();
        assertThat(registry.getAllSessions(admin, false)).extracting(SessionInformation::getSessionId)
                .containsExactly(signUpSession);

        List<HttpClient> browsers = new ArrayList<>();
        for (int i = 1; i < cap; i++) {
            browsers.add(LoginForm.signIn(port, email));
        }
        assertThat(registry.getSessionInformation(signUpSession).isExpired()).as("within the cap").isFalse();
        browsers.add(LoginForm.signIn(port, email));

        assertThat(registry.getSessionInformation(signUpSession).isExpired()).as("one too many").isTrue();
        for (HttpClient browser : browsers) {
            assertThat(LoginForm.get(browser, port, "/customers").statusCode()).isEqualTo(200);
        }
    }
}
