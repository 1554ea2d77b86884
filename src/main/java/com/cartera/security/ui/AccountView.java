package com.cartera.security.ui;

import java.util.Map;

import com.cartera.base.ui.HasHeading;
import com.cartera.base.ui.Notifications;
import com.cartera.security.AccountService;
import com.cartera.security.CurrentUser;
import com.cartera.security.FieldRejectedException;
import com.cartera.security.SignedInUser;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The signed-in user's own account: who they are, whether their address is verified, and a new password. */
@Route("account")
@PermitAll
public class AccountView extends VerticalLayout implements HasHeading {

    final PasswordField currentPassword = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField repeatPassword = new PasswordField();
    final Button change = new Button();
    final Div unverified = new Div();
    final Button resendVerification = new Button();

    private final AccountService accountService;

    public AccountView(AccountService accountService, CurrentUser currentUser) {
        this.accountService = accountService;
        setMaxWidth("36rem");
        SignedInUser user = currentUser.require();

        var name = new TextField(getTranslation("team.name"), user.displayName(), "");
        name.setReadOnly(true);
        var email = new TextField(getTranslation("team.email"), user.email(), "");
        email.setReadOnly(true);

        currentPassword.setLabel(getTranslation("account.password.current"));
        newPassword.setLabel(getTranslation("account.password.new"));
        newPassword.setHelperText(getTranslation("signup.password.help"));
        repeatPassword.setLabel(getTranslation("account.password.repeat"));
        change.setText(getTranslation("account.password.change"));
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickListener(e -> changePassword());

        var identity = new FormLayout(name, email);
        identity.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        var password = new FormLayout(currentPassword, newPassword, repeatPassword);
        password.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new H3(getTranslation("account.title")));
        if (!accountService.emailVerified()) {
            add(verificationNotice(user));
        }
        add(identity, new H3(getTranslation("account.password.title")), password, change);
        if (user.currentWorkspace().isPresent()) {
            // The calendar module's page (account/calendar), by address: that module builds on this one.
            add(new H3(getTranslation("calendar.title")), new Anchor("account/calendar", getTranslation("calendar.open")));
        }
    }

    /** Until verified, the account cannot join other workspaces nor sign in through a provider: say so. */
    private Div verificationNotice(SignedInUser user) {
        resendVerification.setText(getTranslation("account.verify.resend"));
        resendVerification.addClickListener(e -> {
            accountService.resendVerification();
            resendVerification.setEnabled(false);
            Notifications.success(getTranslation("account.verify.sent", user.email()));
        });
        unverified.addClassName("account-unverified");
        unverified.getElement().getThemeList().add("badge contrast");
        unverified.add(new Paragraph(getTranslation("account.verify.notice", user.email())), resendVerification);
        return unverified;
    }

    private void changePassword() {
        if (!newPassword.getValue().equals(repeatPassword.getValue())) {
            repeatPassword.setErrorMessage(getTranslation("account.password.mismatch"));
            repeatPassword.setInvalid(true);
            return;
        }
        try {
            accountService.changePassword(currentPassword.getValue(), newPassword.getValue());
            currentPassword.clear();
            newPassword.clear();
            repeatPassword.clear();
            Notifications.success(getTranslation("account.password.changed"));
        } catch (FieldRejectedException rejected) {
            Map<String, HasValidation> fields = Map.of("current", currentPassword, "password", newPassword);
            HasValidation field = fields.getOrDefault(rejected.field(), newPassword);
            field.setErrorMessage(getTranslation(rejected.messageKey()));
            field.setInvalid(true);
        }
    }

    @Override
    public String heading() {
        return getTranslation("account.title");
    }
}
