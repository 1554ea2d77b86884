package com.cartera.security.ui;

import com.cartera.security.AccountSessionCap;
import com.cartera.security.SignedInUser;
import com.cartera.security.WorkspaceAuthentication;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Makes a user signed in for the rest of the HTTP session, from inside a Vaadin request. */
@Component
class SessionSignIn {

    private final SecurityContextRepository contextRepository;
    private final AccountSessionCap sessionCap;

    SessionSignIn(SecurityContextRepository contextRepository, AccountSessionCap sessionCap) {
        this.contextRepository = contextRepository;
        this.sessionCap = sessionCap;
    }

    /** Signs {@code user} in and reloads the application at its start page, now as that user. */
    void signInAndStart(SignedInUser user) {
        signIn(user);
        String contextPath = VaadinServletRequest.getCurrent().getContextPath();
        UI.getCurrent().getPage().setLocation(contextPath + "/");
    }

    private void signIn(SignedInUser user) {
        var request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        // A new session id on every change of who is signed in, against session fixation, as the login form does.
        request.changeSessionId();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new WorkspaceAuthentication(user));
        SecurityContextHolder.setContext(context);
        var response = VaadinServletResponse.getCurrent().getHttpServletResponse();
        contextRepository.saveContext(context, request, response);
        sessionCap.signedIn(context.getAuthentication(), request, response);
    }
}
