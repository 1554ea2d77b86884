package com.cartera.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import com.cartera.base.ui.HasHeading;
import com.cartera.security.FieldRejectedException;
import com.cartera.security.PasswordResetService;

/** The mailed reset link: choose a new password, or read plainly why the link no longer works. */
@Route(value = "reset-password/:token", autoLayout = false)
@AnonymousAllowed
public class PasswordResetView extends AuthPage implements BeforeEnterObserver, HasHeading {

    private final PasswordResetService passwordReset;
    final PasswordField password = new PasswordField();
    final Button save = new Button();
    private String token = "";

    public PasswordResetView(PasswordResetService passwordReset) {
        this.passwordReset = passwordReset;
        password.setLabel(getTranslation("password-reset.new-password"));
        password.setHelperText(getTranslation("password-reset.new-password.help"));
        password.setWidthFull();
        save.setText(getTranslation("password-reset.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> submit());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        card.removeAll();
        var link = passwordReset.check(token);
        if (link == PasswordResetService.Link.OPEN) {
            card.add(brandTitle(), new Paragraph(getTranslation("password-reset.choose")), password, save);
        } else {
            showEnd(getTranslation("password-reset.link." + link.name().toLowerCase()), true);
        }
    }

    private void submit() {
        try {
            passwordReset.reset(token, password.getValue());
            showEnd(getTranslation("password-reset.done"), false);
        } catch (FieldRejectedException rejected) {
            if ("token".equals(rejected.field())) {
                showEnd(getTranslation(rejected.messageKey()), true);
            } else {
                password.setErrorMessage(getTranslation(rejected.messageKey()));
                password.setInvalid(true);
            }
        }
    }

    private void showEnd(String message, boolean offerNewLink) {
        card.removeAll();
        card.add(brandTitle(), new Paragraph(message));
        if (offerNewLink) {
            card.add(new Paragraph(new RouterLink(getTranslation("password-reset.ask-again"),
                    PasswordResetRequestView.class)));
        }
        card.add(new Paragraph(new RouterLink(getTranslation("password-reset.back-to-login"), LoginView.class)));
    }

    @Override
    public String heading() {
        return getTranslation("password-reset.title");
    }
}
