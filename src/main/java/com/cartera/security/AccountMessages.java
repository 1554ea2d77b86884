package com.cartera.security;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** The messages Cartera sends to an account's address, in the account's language, through {@link AccountMail}. */
@Component
@EnableConfigurationProperties(AccountMailProperties.class)
class AccountMessages {

    private final AccountMail mail;
    private final AccountMailProperties properties;

    AccountMessages(AccountMail mail, AccountMailProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    /** The link that proves the owner holds the mailbox (opened while signed in to the account). */
    void verifyEmail(UserAccount account, String token) {
        String path = "/verify-email/" + token;
        send(account, "verify", path, account.getDisplayName(), properties.link(path));
    }

    /** Someone filled in sign-up with this address, which already has an account: nothing was created. */
    void signupWithExistingAddress(UserAccount account, String companyName) {
        String path = "/login";
        send(account, "signup-existing", path, account.getDisplayName(), companyName, properties.link(path));
    }

    /** Someone tried to accept an invitation for this address by creating a new account: it was not accepted. */
    void invitationForExistingAccount(UserAccount account, String workspaceName, String invitationToken) {
        String path = "/invite/" + invitationToken;
        send(account, "invitation-existing", path, account.getDisplayName(), workspaceName, properties.link(path));
    }

    /** Confirms that a provider's identity may sign in to the account from now on. */
    void confirmIdentityLink(UserAccount account, String provider, String token) {
        String path = "/link-identity/" + token;
        send(account, "link-identity", path, account.getDisplayName(), provider, properties.link(path));
    }

    /** A link that lets the owner of the mailbox choose a new password, valid for {@code minutes}. */
    void passwordReset(UserAccount account, String token, long minutes) {
        String path = "/reset-password/" + token;
        send(account, "password-reset", path, account.getDisplayName(), properties.link(path), minutes);
    }

    /**
     * The invitation to the workspace in scope, kept in its outbox.
     *
     * @param locale the invited person's language: their account's, or the inviting admin's for a new address
     */
    void invitation(String email, Locale locale, String inviterName, String workspaceName, String token, long days) {
        String path = "/invite/" + token;
        mail.sendInWorkspace(new AccountMessage(email, locale, "invitation",
                List.of(inviterName, workspaceName, properties.link(path), days), path));
    }

    private void send(UserAccount account, String template, String path, Object... arguments) {
        mail.send(new AccountMessage(account.getEmail(), account.getLocale(), template, List.of(arguments), path));
    }
}
