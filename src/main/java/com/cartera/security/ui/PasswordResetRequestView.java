package com.cartera.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import com.cartera.base.ui.HasHeading;
import com.cartera.base.ui.LanguageSelect;
import com.cartera.security.FieldRejectedException;
import com.cartera.security.PasswordResetService;

/**
 * "Forgot your password?": asks for the address and mails a reset link. The answer reads the same whether or
 * not the address has an account.
 */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
public class PasswordResetRequestView extends AuthPage implements HasHeading {

    final EmailField email = new EmailField();
    final Button send = new Button();
    final Paragraph answer = new Paragraph();

    public PasswordResetRequestView(PasswordResetService passwordReset) {
        email.setLabel(getTranslation("password-reset.email"));
        email.setWidthFull();
        email.setRequiredIndicatorVisible(true);
        send.setText(getTranslation("password-reset.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            try {
                var outcome = passwordReset.request(email.getValue(), remoteAddress());
                email.setInvalid(false);
                answer.setText(switch (outcome) {
                    case MAILED_IF_ACCOUNT -> getTranslation("password-reset.mailed", email.getValue().strip());
                    case THROTTLED -> getTranslation("password-reset.throttled");
                });
                answer.setVisible(true);
            } catch (FieldRejectedException rejected) {
                email.setErrorMessage(getTranslation(rejected.messageKey()));
                email.setInvalid(true);
            }
        });
        answer.addClassName("auth-problem");
        answer.setVisible(false);
        card.add(brandTitle(), new Paragraph(getTranslation("password-reset.request.intro")), email, send, answer,
                new Paragraph(new RouterLink(getTranslation("password-reset.back-to-login"), LoginView.class)));
        add(new LanguageSelect());
    }

    private static String remoteAddress() {
        var request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }

    @Override
    public String heading() {
        return getTranslation("password-reset.request.title");
    }
}
