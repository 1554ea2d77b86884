package com.cartera.security.ui;

import java.util.Map;
import java.util.stream.Collectors;

import com.cartera.base.ui.HasHeading;
import com.cartera.base.ui.LanguageSelect;
import com.cartera.security.AccountService;
import com.cartera.security.CurrentUser;
import com.cartera.security.FieldRejectedException;
import com.cartera.security.InvitationService;
import com.cartera.security.InvitationService.InvitationDetails;
import com.cartera.security.InvitationService.NewAccountOutcome;
import com.cartera.security.SignedInUser;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * Where an invited person accepts. Nobody signed in: the same page whether or not the address has an
 * account — a new person chooses a name and password, a person with an account signs in first. Signed
 * in as the invited address: one button. Signed in as someone else: nothing to accept.
 */
@Route(value = "invite/:token", autoLayout = false)
@AnonymousAllowed
public class InvitationView extends AuthPage implements BeforeEnterObserver, HasHeading {

    final TextField name = new TextField();
    final PasswordField password = new PasswordField();
    final Button accept = new Button();
    final Button signInFirst = new Button();

    private final InvitationService invitationService;
    private final AccountService accountService;
    private final CurrentUser currentUser;
    private final SessionSignIn sessionSignIn;
    private final AuthenticationContext authenticationContext;
    private String token;

    public InvitationView(InvitationService invitationService, AccountService accountService, CurrentUser currentUser,
                          SessionSignIn sessionSignIn, AuthenticationContext authenticationContext) {
        this.invitationService = invitationService;
        this.accountService = accountService;
        this.currentUser = currentUser;
        this.sessionSignIn = sessionSignIn;
        this.authenticationContext = authenticationContext;
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setWidthFull();
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
        currentUser.get().ifPresentOrElse(user -> showSignedIn(user, details), this::showSignedOut);
    }

    private void showSignedOut() {
        name.setLabel(getTranslation("signup.admin-name"));
        password.setLabel(getTranslation("signup.password"));
        password.setHelperText(getTranslation("signup.password.help"));
        accept.setText(getTranslation("invitation.accept.new"));
        accept.addClickListener(e -> acceptWithNewAccount());
        var form = new FormLayout(name, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        signInFirst.setText(getTranslation("invitation.sign-in"));
        signInFirst.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signInFirst.setWidthFull();
        // A route for signed-in users only: Vaadin sends the person to the login page and back here after it.
        signInFirst.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(InvitationSignInView.class,
                new RouteParameters("token", token))));
        card.add(new H3(getTranslation("invitation.new.title")), form, accept,
                new H3(getTranslation("invitation.existing.title")),
                new Paragraph(getTranslation("invitation.existing.help")), signInFirst);
    }

    private void showSignedIn(SignedInUser user, InvitationDetails details) {
        if (!user.email().equals(details.email())) {
            var logout = new Button(getTranslation("menu.logout"), e -> authenticationContext.logout());
            card.add(new Paragraph(getTranslation("invitation.other-account", details.email(), user.email())), logout);
            return;
        }
        if (!accountService.emailVerified()) {
            var resend = new Button(getTranslation("account.verify.resend"), e -> {
                accountService.resendVerification();
                e.getSource().setEnabled(false);
                card.add(new Paragraph(getTranslation("account.verify.sent", user.email())));
            });
            card.add(new Paragraph(getTranslation("invitation.unverified")), resend);
            return;
        }
        accept.setText(getTranslation("invitation.accept"));
        accept.addClickListener(e -> {
            try {
                sessionSignIn.signInAndStart(invitationService.acceptAsSignedIn(token));
            } catch (FieldRejectedException rejected) {
                showMessage(rejected.messageKey());
            }
        });
        card.add(accept);
    }

    private void acceptWithNewAccount() {
        try {
            switch (invitationService.acceptWithNewAccount(token, name.getValue(), password.getValue())) {
                case NewAccountOutcome.Joined(SignedInUser user) -> sessionSignIn.signInAndStart(user);
                case NewAccountOutcome.CheckYourMail(String email) -> showMessage("invitation.check-mail", email);
            }
        } catch (FieldRejectedException rejected) {
            Map<String, HasValidation> fields = Map.of("name", name, "password", password);
            HasValidation field = fields.get(rejected.field());
            if (field == null) {
                showMessage(rejected.messageKey());
                return;
            }
            field.setErrorMessage(getTranslation(rejected.messageKey()));
            field.setInvalid(true);
        }
    }

    private void showMessage(String key, Object... parameters) {
        card.removeAll();
        card.add(brandTitle(), new Paragraph(getTranslation(key, parameters)));
    }

    @Override
    public String heading() {
        return getTranslation("invitation.title");
    }
}
