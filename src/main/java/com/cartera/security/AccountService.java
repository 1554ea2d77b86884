package com.cartera.security;

import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What signed-in users change about their own account. */
@Service
@Transactional
@PermitAll
public class AccountService {

    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;
    private final PasswordEncoder passwordEncoder;
    private final EmailVerification verification;

    AccountService(UserAccountRepository accounts, CurrentUser currentUser, PasswordEncoder passwordEncoder,
                   EmailVerification verification) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.passwordEncoder = passwordEncoder;
        this.verification = verification;
    }

    /** What opening a verification link did. */
    public enum Verification {
        VERIFIED,
        /** Used, expired or unknown. */
        INVALID,
        /** The link is for another account than the one signed in: nothing changed. */
        OTHER_ACCOUNT
    }

    @Transactional(readOnly = true)
    public boolean emailVerified() {
        return accounts.findById(currentUser.require().userId()).map(UserAccount::isEmailVerified).orElse(false);
    }

    /** Mails the signed-in user a new link to verify their address. */
    public void resendVerification() {
        verification.send(currentUser.require().userId());
    }

    /** Verifies the signed-in user's address with the link mailed to it. */
    public Verification verifyEmail(String token) {
        return verification.verify(token, currentUser.require().userId());
    }

    /**
     * Replaces the signed-in user's password after checking the current one.
     *
     * @throws FieldRejectedException on field {@code current} or {@code password}
     */
    public void changePassword(String currentPassword, String newPassword) {
        UserAccount account = accounts.findById(currentUser.require().userId()).orElseThrow();
        String hash = account.getPasswordHash();
        if (hash == null || currentPassword == null || !passwordEncoder.matches(currentPassword, hash)) {
            throw new FieldRejectedException("current", "account.password.wrong");
        }
        PasswordPolicy.check(newPassword, account.getEmail()).ifPresent(key -> {
            throw new FieldRejectedException("password", key);
        });
        account.setPasswordHash(passwordEncoder.encode(newPassword));
    }

    /** Remembers the UI language the user chose, for their next sign-in. */
    public void rememberLocale(Locale locale) {
        accounts.findById(currentUser.require().userId()).ifPresent(account -> account.setLocale(locale));
    }
}
