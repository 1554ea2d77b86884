package com.cartera.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.ConcurrentSessionControlAuthenticationStrategy;
import org.springframework.security.web.authentication.session.RegisterSessionAuthenticationStrategy;
import org.springframework.stereotype.Component;

/**
 * Counts a session signed in other than through the login form (OpenID Connect, sign-up, an accepted
 * invitation, a confirmed identity link, a change of workspace) against the account's cap, in the registry the
 * login form uses: beyond {@code cartera.sessions.max-per-account} sessions, the account's least recently used
 * one ends. The login form's own filter does the same for the form.
 */
@Component
public class AccountSessionCap {

    private final CompositeSessionAuthenticationStrategy strategy;

    AccountSessionCap(SessionRegistry registry, SessionProperties properties) {
        var cap = new ConcurrentSessionControlAuthenticationStrategy(registry);
        cap.setMaximumSessions(properties.maxPerAccount());
        strategy = new CompositeSessionAuthenticationStrategy(List.of(cap, new RegisterSessionAuthenticationStrategy(registry)));
    }

    /**
     * Registers the request's session as one of the account's, once it holds {@code authentication}; the
     * account's least recently used session ends if that makes one too many. The session already counted (a
     * change of workspace) is not counted twice.
     */
    public void signedIn(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        strategy.onAuthentication(authentication, request, response);
    }
}
