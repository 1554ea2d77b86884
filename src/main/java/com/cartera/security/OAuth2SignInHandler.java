package com.cartera.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * After an OpenID Connect provider has authenticated someone: the identity (issuer, subject) linked to
 * an account signs in to it. An identity not linked yet, whose verified e-mail is that of a verified
 * account, is sent to confirm the link as the account's owner ({@code /link-identity}); nobody else
 * gets in.
 */
class OAuth2SignInHandler implements AuthenticationSuccessHandler {

    private static final Logger log = LoggerFactory.getLogger(OAuth2SignInHandler.class);

    private final IdentityLinks links;
    private final SignInService signIn;
    private final SecurityContextRepository contextRepository;
    private final ApplicationEventPublisher events;
    private final AccountSessionCap sessionCap;

    OAuth2SignInHandler(IdentityLinks links, SignInService signIn, SecurityContextRepository contextRepository,
                        ApplicationEventPublisher events, AccountSessionCap sessionCap) {
        this.links = links;
        this.signIn = signIn;
        this.contextRepository = contextRepository;
        this.events = events;
        this.sessionCap = sessionCap;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        String verifiedEmail = authentication.getPrincipal() instanceof OidcUser oidc
                && Boolean.TRUE.equals(oidc.getEmailVerified()) ? oidc.getEmail() : null;
        IdentityLinks.Outcome outcome = authentication.getPrincipal() instanceof OidcUser oidc
                && oidc.getIssuer() != null && oidc.getSubject() != null
                ? links.decide(oidc.getIssuer().toString(), oidc.getSubject(), provider(authentication), verifiedEmail)
                : new IdentityLinks.Outcome.Refused("no-account");
        // The provider's own authentication is never what a Cartera session runs on.
        SecurityContextHolder.clearContext();
        request.getSession().invalidate();
        switch (outcome) {
            case IdentityLinks.Outcome.SignIn(UserAccount account) -> {
                SignedInUser user = signIn.signedIn(account);
                events.publishEvent(new OidcSignInAttempted(user.email(), user, request.getRemoteAddr()));
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(new WorkspaceAuthentication(user));
                SecurityContextHolder.setContext(context);
                contextRepository.saveContext(context, request, response);
                sessionCap.signedIn(context.getAuthentication(), request, response);
                response.sendRedirect(request.getContextPath() + (user.workspace() == null ? "/workspaces" : "/"));
            }
            case IdentityLinks.Outcome.Confirm(IdentityLinks.PendingLink pending) -> {
                request.getSession(true).setAttribute(IdentityLinks.PendingLink.SESSION_ATTRIBUTE, pending);
                response.sendRedirect(request.getContextPath() + "/link-identity");
            }
            case IdentityLinks.Outcome.Refused(String reason) -> {
                log.info("OpenID Connect sign-in refused for {} ({})", authentication.getName(), reason);
                events.publishEvent(new OidcSignInAttempted(verifiedEmail, null, request.getRemoteAddr()));
                response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
            }
        }
    }

    private static String provider(Authentication authentication) {
        return authentication instanceof OAuth2AuthenticationToken token
                ? token.getAuthorizedClientRegistrationId() : "OpenID Connect";
    }
}
