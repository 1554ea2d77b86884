package com.cartera.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * After an OpenID Connect provider has authenticated someone, signs in the Cartera account with the
 * same e-mail address, provided the provider says that address is verified. Nobody else gets in.
 */
class OAuth2SignInHandler implements AuthenticationSuccessHandler {

    private static final Logger log = LoggerFactory.getLogger(OAuth2SignInHandler.class);

    private final UserAccountRepository accounts;
    private final SignInService signIn;
    private final SecurityContextRepository contextRepository;
    private final ApplicationEventPublisher events;

    OAuth2SignInHandler(UserAccountRepository accounts, SignInService signIn,
                        SecurityContextRepository contextRepository, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.signIn = signIn;
        this.contextRepository = contextRepository;
        this.events = events;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        var account = verifiedEmail(authentication)
                .flatMap(email -> accounts.findByEmail(UserAccount.normaliseEmail(email)))
                .filter(UserAccount::isEnabled);
        if (account.isEmpty()) {
            log.info("OAuth2 sign-in refused for {}: no Cartera account with that verified e-mail", authentication.getName());
            events.publishEvent(new OidcSignInAttempted(verifiedEmail(authentication).orElse(null), null,
                    request.getRemoteAddr()));
            SecurityContextHolder.clearContext();
            request.getSession().invalidate();
            response.sendRedirect(request.getContextPath() + "/login?error=no-account");
            return;
        }
        SignedInUser user = signIn.signedIn(account.get());
        events.publishEvent(new OidcSignInAttempted(user.email(), user, request.getRemoteAddr()));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new WorkspaceAuthentication(user));
        SecurityContextHolder.setContext(context);
        contextRepository.saveContext(context, request, response);
        response.sendRedirect(request.getContextPath() + (user.workspace() == null ? "/workspaces" : "/"));
    }

    private static java.util.Optional<String> verifiedEmail(Authentication authentication) {
        if (authentication.getPrincipal() instanceof OidcUser oidc
                && Boolean.TRUE.equals(oidc.getEmailVerified()) && oidc.getEmail() != null) {
            return java.util.Optional.of(oidc.getEmail());
        }
        return java.util.Optional.empty();
    }
}
