package com.cartera.security.ui;

import com.cartera.security.CurrentUser;
import com.cartera.security.SignInService;
import com.cartera.security.SignedInUser;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/**
 * On every navigation inside a workspace, checks the membership again: a member whose access was
 * withdrawn is signed out, and changed roles take effect without signing in again.
 */
@Component
class MembershipCheck implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final SignInService signInService;
    private final SessionSignIn sessionSignIn;
    private final AuthenticationContext authenticationContext;

    MembershipCheck(CurrentUser currentUser, SignInService signInService, SessionSignIn sessionSignIn,
                    AuthenticationContext authenticationContext) {
        this.currentUser = currentUser;
        this.signInService = signInService;
        this.sessionSignIn = sessionSignIn;
        this.authenticationContext = authenticationContext;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> uiEvent.getUI().addBeforeEnterListener(enter -> {
            SignedInUser user = currentUser.get().orElse(null);
            if (user == null || user.workspace() == null) {
                return;
            }
            var fresh = signInService.enter(user, user.workspace().tenant().id());
            if (fresh.isEmpty()) {
                authenticationContext.logout();
            } else if (!fresh.get().roles().equals(user.roles())) {
                sessionSignIn.signInAndStart(fresh.get());
            }
        }));
    }
}
