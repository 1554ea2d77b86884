package com.cartera.security;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Choosing a new password through a link mailed to the account's address. The link's token is single-use,
 * expires after an hour and only its hash is stored; the answer to a request is the same whether or not the
 * address has an account, and requests are rationed per address and per client.
 */
@Service
public class PasswordResetService {

    /** What a request for a reset link came to, as the person may be told. */
    public enum Requested {
        /** If the address has an account, a link is on its way: the page says exactly that. */
        MAILED_IF_ACCOUNT,
        /** Too many requests for this address or from this client lately. */
        THROTTLED
    }

    /** What a reset link is worth. */
    public enum Link {
        OPEN, USED, EXPIRED, INVALID
    }

    private final UserAccountRepository accounts;
    private final AccountTokens tokens;
    private final AccountMessages messages;
    private final PasswordResetLimit limit;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;

    PasswordResetService(UserAccountRepository accounts, AccountTokens tokens, AccountMessages messages,
                         PasswordResetLimit limit, PasswordEncoder passwordEncoder,
                         PlatformTransactionManager transactionManager) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.messages = messages;
        this.limit = limit;
        this.passwordEncoder = passwordEncoder;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * Mails a reset link to {@code email} if it belongs to an enabled account; older links of the account stop
     * working. The budget is charged first, whether or not the account exists.
     *
     * @param client the client's address, whose requests are rationed; null for the application's own callers
     * @throws FieldRejectedException on {@code email} when it is not an e-mail address
     */
    public Requested request(String email, String client) {
        String normalised = UserAccount.normaliseEmail(email == null ? "" : email);
        if (!normalised.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || normalised.length() > 254) {
            throw new FieldRejectedException("email", "signup.email.format");
        }
        if (!limit.tryAcquire(normalised, client)) {
            return Requested.THROTTLED;
        }
        transaction.executeWithoutResult(status -> accounts.findByEmail(normalised).filter(UserAccount::isEnabled)
                .ifPresent(account -> {
                    tokens.revokeOpen(account.getId(), AccountTokens.Purpose.RESET_PASSWORD);
                    String token = tokens.issue(account.getId(), AccountTokens.Purpose.RESET_PASSWORD, null, null);
                    messages.passwordReset(account, token,
                            AccountTokens.Purpose.RESET_PASSWORD.validity.toMinutes());
                }));
        return Requested.MAILED_IF_ACCOUNT;
    }

    /** Whether the link still works, and if not why, without using it. */
    public Link check(String token) {
        return link(tokens.state(token, AccountTokens.Purpose.RESET_PASSWORD));
    }

    /**
     * Sets {@code newPassword} on the link's account and uses the link up.
     *
     * @throws FieldRejectedException on {@code token} (used, expired or unknown: its message says which) or on
     *                                {@code password} (the password policy)
     */
    public void reset(String token, String newPassword) {
        transaction.executeWithoutResult(status -> {
            Link link = check(token);
            if (link != Link.OPEN) {
                throw new FieldRejectedException("token", "password-reset.link." + link.name().toLowerCase());
            }
            var open = tokens.find(token, AccountTokens.Purpose.RESET_PASSWORD).orElseThrow();
            UserAccount account = accounts.findById(open.userId()).filter(UserAccount::isEnabled)
                    .orElseThrow(() -> new FieldRejectedException("token", "password-reset.link.invalid"));
            PasswordPolicy.check(newPassword, account.getEmail()).ifPresent(key -> {
                throw new FieldRejectedException("password", key);
            });
            if (!tokens.use(token)) {
                throw new FieldRejectedException("token", "password-reset.link.used");
            }
            account.setPasswordHash(passwordEncoder.encode(newPassword));
        });
    }

    private static Link link(AccountTokens.State state) {
        return switch (state) {
            case OPEN -> Link.OPEN;
            case USED -> Link.USED;
            case EXPIRED -> Link.EXPIRED;
            case UNKNOWN -> Link.INVALID;
        };
    }
}
