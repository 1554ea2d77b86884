package com.cartera.security;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verifying an account's address: a link mailed to it, opened while signed in to the account. Both
 * together prove that one person holds the account and the mailbox; the mailbox alone or the password
 * alone does not, so a person who set up an account for someone else's address can never verify it.
 */
@Component
@Transactional
class EmailVerification {

    private final UserAccountRepository accounts;
    private final AccountTokens tokens;
    private final AccountMessages messages;
    private final Clock clock;

    EmailVerification(UserAccountRepository accounts, AccountTokens tokens, AccountMessages messages, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.messages = messages;
        this.clock = clock;
    }

    /** Mails a new verification link, unless the address is verified already. */
    void send(UUID userId) {
        accounts.findById(userId).filter(account -> !account.isEmailVerified()).ifPresent(account ->
                messages.verifyEmail(account, tokens.issue(account.getId(), AccountTokens.Purpose.VERIFY_EMAIL,
                        null, null)));
    }

    /** Verifies the address of {@code signedInUserId} with a link mailed to that same account. */
    AccountService.Verification verify(String token, UUID signedInUserId) {
        var open = tokens.find(token, AccountTokens.Purpose.VERIFY_EMAIL);
        if (open.isEmpty()) {
            return AccountService.Verification.INVALID;
        }
        if (!open.get().userId().equals(signedInUserId)) {
            return AccountService.Verification.OTHER_ACCOUNT;
        }
        if (!tokens.use(token)) {
            return AccountService.Verification.INVALID;
        }
        accounts.findById(signedInUserId).orElseThrow().markEmailVerified(clock.instant());
        return AccountService.Verification.VERIFIED;
    }
}
