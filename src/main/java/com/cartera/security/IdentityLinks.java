package com.cartera.security;

import java.io.Serializable;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which OpenID Connect identity (issuer and subject) signs in to which account (table identity_link).
 * An identity is linked once, by the owner of the account: with the account's password or through a
 * confirmation link mailed to the account's verified address. An e-mail claimed by a provider alone
 * never opens an account.
 */
@Service
@Transactional
public class IdentityLinks {

    /**
     * A provider identity that vouched for the address of an existing, verified account and waits for
     * the account's owner to confirm the link. Kept in the HTTP session between the provider's answer
     * and the confirmation.
     */
    public record PendingLink(String issuer, String subject, String provider, UUID userId, String email)
            implements Serializable {

        /** The HTTP session attribute that holds it. */
        public static final String SESSION_ATTRIBUTE = PendingLink.class.getName();
    }

    /** What a provider's answer leads to. */
    sealed interface Outcome {
        record SignIn(UserAccount account) implements Outcome {
        }

        record Confirm(PendingLink pending) implements Outcome {
        }

        /** Nobody is signed in; {@code reason} is the login page's error code. */
        record Refused(String reason) implements Outcome {
        }
    }

    private final JdbcClient jdbc;
    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle throttle;
    private final AccountTokens tokens;
    private final AccountMessages messages;
    private final SignInService signIn;
    private final Clock clock;

    IdentityLinks(JdbcClient jdbc, UserAccountRepository accounts, PasswordEncoder passwordEncoder,
                  LoginThrottle throttle, AccountTokens tokens, AccountMessages messages, SignInService signIn,
                  Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.tokens = tokens;
        this.messages = messages;
        this.signIn = signIn;
        this.clock = clock;
    }

    /**
     * Decides on a provider's answer: a linked identity signs in; an unlinked one whose verified e-mail
     * belongs to a verified account waits for confirmation; anything else is refused.
     *
     * @param verifiedEmail the e-mail the provider vouches for, or null
     */
    Outcome decide(String issuer, String subject, String provider, String verifiedEmail) {
        Optional<UserAccount> linked = jdbc.sql("select user_id from cartera.identity_link where issuer = ? and subject = ?")
                .params(issuer, subject).query(UUID.class).optional().flatMap(accounts::findById);
        if (linked.isPresent()) {
            return linked.get().isEnabled() ? new Outcome.SignIn(linked.get()) : new Outcome.Refused("no-account");
        }
        if (verifiedEmail == null) {
            return new Outcome.Refused("no-account");
        }
        Optional<UserAccount> byEmail = accounts.findByEmail(UserAccount.normaliseEmail(verifiedEmail))
                .filter(UserAccount::isEnabled);
        if (byEmail.isEmpty()) {
            return new Outcome.Refused("no-account");
        }
        if (!byEmail.get().isEmailVerified()) {
            return new Outcome.Refused("unverified");
        }
        UserAccount account = byEmail.get();
        return new Outcome.Confirm(new PendingLink(issuer, subject, provider, account.getId(), account.getEmail()));
    }

    /**
     * Links the identity after the account's password, checked and throttled like a sign-in, and returns
     * the account signed in.
     *
     * @throws FieldRejectedException on field {@code password}
     */
    public SignedInUser confirmWithPassword(PendingLink pending, String password) {
        UserAccount account = accounts.findById(pending.userId()).filter(UserAccount::isEnabled)
                .orElseThrow(() -> new FieldRejectedException("password", "link.password.wrong"));
        if (throttle.tryAttempt(account.getEmail(), null).isPresent()) {
            throw new FieldRejectedException("password", "login.throttled.message");
        }
        String hash = account.getPasswordHash();
        if (hash == null || password == null || !PasswordPolicy.fitsBcrypt(password)
                || !passwordEncoder.matches(password, hash)) {
            throttle.failed(account.getEmail(), null);
            throw new FieldRejectedException("password", "link.password.wrong");
        }
        throttle.succeeded(account.getEmail(), null);
        store(pending.issuer(), pending.subject(), account.getId());
        return signIn.signedIn(account);
    }

    /** Mails the account's verified address a link that confirms the provider link. */
    public void mailConfirmation(PendingLink pending) {
        accounts.findById(pending.userId()).filter(UserAccount::isEmailVerified).ifPresent(account -> {
            String token = tokens.issue(account.getId(), AccountTokens.Purpose.LINK_IDENTITY, pending.issuer(),
                    pending.subject());
            messages.confirmIdentityLink(account, pending.provider(), token);
        });
    }

    /**
     * Links the identity named by a mailed confirmation link. The person then signs in through the
     * provider; the link itself signs nobody in.
     *
     * @return whether the link was open and is now used
     */
    public boolean confirmByMail(String token) {
        var open = tokens.find(token, AccountTokens.Purpose.LINK_IDENTITY);
        if (open.isEmpty() || !tokens.use(token)) {
            return false;
        }
        store(open.get().issuer(), open.get().subject(), open.get().userId());
        return true;
    }

    private void store(String issuer, String subject, UUID userId) {
        jdbc.sql("""
                        insert into cartera.identity_link (issuer, subject, user_id, linked_at) values (?, ?, ?, ?)
                        on conflict (issuer, subject) do nothing""")
                .params(issuer, subject, userId, java.sql.Timestamp.from(clock.instant()))
                .update();
    }
}
