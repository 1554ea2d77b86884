package com.cartera.security.ui;

import com.cartera.base.ui.HasHeading;
import com.cartera.security.AccountService;
import com.cartera.security.CurrentUser;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

/**
 * The link mailed to verify an address. Only for signed-in users: a signed-out person goes through the
 * login page and comes back, so that the mailbox and the account's password prove one person together.
 */
@Route(value = "verify-email/:token", autoLayout = false)
@PermitAll
public class VerifyEmailView extends AuthPage implements BeforeEnterObserver, HasHeading {

    private final AccountService accountService;
    private final CurrentUser currentUser;

    public VerifyEmailView(AccountService accountService, CurrentUser currentUser) {
        this.accountService = accountService;
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        String message = switch (accountService.verifyEmail(token)) {
            case VERIFIED -> getTranslation("verify.done", currentUser.require().email());
            case INVALID -> getTranslation("verify.invalid");
            case OTHER_ACCOUNT -> getTranslation("verify.other-account", currentUser.require().email());
        };
        card.removeAll();
        card.add(brandTitle(), new Paragraph(message),
                new Paragraph(new RouterLink(getTranslation("verify.continue"), AccountView.class)));
    }

    @Override
    public String heading() {
        return getTranslation("verify.title");
    }
}
