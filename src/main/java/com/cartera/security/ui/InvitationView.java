package com.cartera.security.ui;

import java.util.Map;
import java.util.stream.Collectors;

import com.cartera.base.ui.HasHeading;
import com.cartera.base.ui.LanguageSelect;
import com.cartera.security.FieldRejectedException;
import com.cartera.security.InvitationService;
import com.cartera.security.InvitationService.InvitationDetails;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where an invited person accepts: with their existing account's password, or a new name and password. */
@Route(value = "invite/:token", autoLayout = false)
@AnonymousAllowed
public class InvitationView extends AuthPage implements BeforeEnterObserver, HasHeading {

    final TextField name = new TextField();
    final PasswordField password = new PasswordField();
    final Button accept = new Button();

    private final InvitationService invitationService;
    private final SessionSignIn sessionSignIn;
    private String token;

    public InvitationView(InvitationService invitationService, SessionSignIn sessionSignIn) {
        this.invitationService = invitationService;
        this.sessionSignIn = sessionSignIn;
        add(new LanguageSelect());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        card.removeAll();
        card.add(brandTitle());
        invitationService.find(token).ifPresentOrElse(this::showInvitation, () -> card.add(
                new Paragraph(getTranslation("invitation.invalid")),
                new Paragraph(new RouterLink(getTranslation("signup.have-account"), LoginView.class))));
    }

    private void showInvitation(InvitationDetails details) {
        String roles = details.roles().stream().map(role -> getTranslation("role." + role.name()))
                .collect(Collectors.joining(", "));
        card.add(new Paragraph(getTranslation("invitation.intro", details.workspaceName(), details.email(), roles)));
        name.setLabel(getTranslation("signup.admin-name"));
        password.setLabel(getTranslation(details.accountExists() ? "invitation.password.existing" : "signup.password"));
        if (!details.accountExists()) {
            password.setHelperText(getTranslation("signup.password.help"));
        }
        accept.setText(getTranslation("invitation.accept"));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setWidthFull();
        accept.addClickListener(e -> accept());
        var form = details.accountExists() ? new FormLayout(password) : new FormLayout(name, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        card.add(form, accept);
    }

    private void accept() {
        try {
            sessionSignIn.signInAndStart(invitationService.accept(token, name.getValue(), password.getValue()));
        } catch (FieldRejectedException rejected) {
            Map<String, HasValidation> fields = Map.of("name", name, "password", password);
            HasValidation field = fields.get(rejected.field());
            if (field == null) {
                card.removeAll();
                card.add(new Paragraph(getTranslation(rejected.messageKey())));
                return;
            }
            field.setErrorMessage(getTranslation(rejected.messageKey()));
            field.setInvalid(true);
        }
    }

    @Override
    public String heading() {
        return getTranslation("invitation.title");
    }
}
