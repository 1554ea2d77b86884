package com.cartera.security.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.WebAttributes;

import com.cartera.base.ui.HasHeading;
import com.cartera.base.ui.LanguageSelect;

/** Sign-in with e-mail and password, or with a configured OpenID Connect provider. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends AuthPage implements BeforeEnterObserver, HasHeading {

    private final LoginForm loginForm = new LoginForm();
    private final Paragraph problem = new Paragraph();

    public LoginView(ObjectProvider<ClientRegistrationRepository> oauth2Clients) {

        loginForm.setAction("login");
        loginForm.setForgotPasswordButtonVisible(true);
        loginForm.addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate(PasswordResetRequestView.class)));
        loginForm.setI18n(i18n(false));

        problem.addClassName("auth-problem");
        problem.setVisible(false);

        card.add(brandTitle(), new Paragraph(getTranslation("login.tagline")), problem, loginForm);
        List<Anchor> providers = providerButtons(oauth2Clients.getIfAvailable());
        if (!providers.isEmpty()) {
            var providerBox = new Div();
            providerBox.addClassName("auth-providers");
            providerBox.add(new Paragraph(getTranslation("login.or")));
            providers.forEach(providerBox::add);
            card.add(providerBox);
        }
        var signup = new RouterLink(getTranslation("login.signup"), SignupView.class);
        card.add(new Paragraph(signup));
        add(new LanguageSelect());
    }

    private List<Anchor> providerButtons(ClientRegistrationRepository clients) {
        List<Anchor> buttons = new ArrayList<>();
        if (clients instanceof Iterable<?> registrations) {
            for (Object o : registrations) {
                ClientRegistration registration = (ClientRegistration) o;
                var link = new Anchor("oauth2/authorization/" + registration.getRegistrationId(),
                        getTranslation("login.with", registration.getClientName()));
                link.setRouterIgnore(true);
                link.addClassName("auth-provider");
                buttons.add(link);
            }
        }
        return buttons;
    }

    private LoginI18n i18n(boolean locked) {
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.email"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot-password"));
        i18n.getErrorMessage().setTitle(getTranslation(locked ? "login.locked.title" : "login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation(locked ? "login.throttled.message" : "login.error.message"));
        i18n.getErrorMessage().setUsername(getTranslation("login.email.required"));
        i18n.getErrorMessage().setPassword(getTranslation("login.password.required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("session-ended")) {
            showProblem("login.session-ended");
        }
        if (!parameters.containsKey("error")) {
            return;
        }
        String kind = parameters.get("error").stream().findFirst().orElse("");
        switch (kind) {
            case "no-account" -> showProblem("login.oauth2.no-account");
            case "unverified" -> showProblem("login.oauth2.unverified");
            case "oauth2" -> showProblem("login.oauth2.failed");
            default -> {
                loginForm.setI18n(i18n(lastFailureWasLock()));
                loginForm.setError(true);
            }
        }
    }

    private void showProblem(String key) {
        problem.setText(getTranslation(key));
        problem.setVisible(true);
    }

    private static boolean lastFailureWasLock() {
        var request = VaadinServletRequest.getCurrent();
        if (request == null || request.getHttpServletRequest().getSession(false) == null) {
            return false;
        }
        return request.getHttpServletRequest().getSession(false)
                .getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof LockedException;
    }

    @Override
    public String heading() {
        return getTranslation("login.title");
    }
}
