package com.cartera.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Password sign-in with throttling; the result already carries the workspace when there is only one. */
@Component
class CarteraAuthenticationProvider implements AuthenticationProvider {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle throttle;
    private final SignInService signIn;
    /** Checked against when the e-mail is unknown, so that both cases take as long. */
    private final String unknownUserHash;

    CarteraAuthenticationProvider(UserAccountRepository accounts, PasswordEncoder passwordEncoder,
                                  LoginThrottle throttle, SignInService signIn) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.signIn = signIn;
        this.unknownUserHash = passwordEncoder.encode(java.util.UUID.randomUUID().toString());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = UserAccount.normaliseEmail(String.valueOf(authentication.getPrincipal()));
        String password = String.valueOf(authentication.getCredentials());
        String remoteAddress = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        throttle.tryAttempt(email, remoteAddress).ifPresent(wait -> {
            throw new LoginThrottledException(wait);
        });
        var account = accounts.findByEmail(email);
        String hash = account.map(UserAccount::getPasswordHash).orElse(null);
        boolean matches = passwordEncoder.matches(password, hash != null ? hash : unknownUserHash) && hash != null;
        if (!matches) {
            throttle.failed(email, remoteAddress);
            throw new BadCredentialsException("Bad credentials");
        }
        if (!account.get().isEnabled()) {
            throw new DisabledException("Account disabled");
        }
        throttle.succeeded(email, remoteAddress);
        return new WorkspaceAuthentication(signIn.signedIn(account.get()));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
