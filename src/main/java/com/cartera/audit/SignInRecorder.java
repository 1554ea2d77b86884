package com.cartera.audit;

import com.cartera.security.OidcSignInAttempted;
import com.cartera.security.SignedInUser;
import com.cartera.tenancy.TenantRef;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Records every sign-in attempt: password ones from Spring Security's authentication events (so the sign-in
 * code itself needs no hook), OpenID Connect ones from the security module's event. Never the password.
 */
@Component
class SignInRecorder {

    private static final String PASSWORD = "PASSWORD";
    private static final String OIDC = "OIDC";

    private final SignInLog log;

    SignInRecorder(SignInLog log) {
        this.log = log;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            log.record(user.email(), user.userId(), user.tenant().map(TenantRef::id).orElse(null), PASSWORD, "SUCCESS",
                    remoteAddress(event.getAuthentication()));
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt) {
            String outcome = switch (event.getException()) {
                case BadCredentialsException bad -> "BAD_CREDENTIALS";
                case LockedException locked -> "LOCKED";
                case DisabledException disabled -> "DISABLED";
                default -> "FAILED";
            };
            log.record(String.valueOf(attempt.getPrincipal()), null, null, PASSWORD, outcome, remoteAddress(attempt));
        }
    }

    @EventListener
    void oidc(OidcSignInAttempted attempt) {
        if (attempt.email() != null) {
            log.record(attempt.email(), attempt.userId(),
                    attempt.user() == null ? null : attempt.user().tenant().map(TenantRef::id).orElse(null), OIDC,
                    attempt.user() == null ? "NO_ACCOUNT" : "SUCCESS", attempt.remoteAddress());
        }
    }

    private static String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
