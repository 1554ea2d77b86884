package com.cartera.security;

import java.net.URI;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.springframework.stereotype.Component;

/** The messages Cartera sends to an account's address, in the account's language, through {@link AccountMail}. */
@Component
class AccountMessages {

    private static final String BUNDLE = "vaadin-i18n/translations";

    private final AccountMail mail;
    private final AccountMailProperties properties;

    AccountMessages(AccountMail mail, AccountMailProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    /** The link that proves the owner holds the mailbox (opened while signed in to the account). */
    void verifyEmail(UserAccount account, String token) {
        URI link = properties.link("/verify-email/" + token);
        send(account, "mail.verify", link, account.getDisplayName(), link);
    }

    /** Someone filled in sign-up with this address, which already has an account: nothing was created. */
    void signupWithExistingAddress(UserAccount account, String companyName) {
        URI link = properties.link("/login");
        send(account, "mail.signup-existing", link, account.getDisplayName(), companyName, link);
    }

    /** Someone tried to accept an invitation for this address by creating a new account: it was not accepted. */
    void invitationForExistingAccount(UserAccount account, String workspaceName, String invitationToken) {
        URI link = properties.link("/invite/" + invitationToken);
        send(account, "mail.invitation-existing", link, account.getDisplayName(), workspaceName, link);
    }

    /** Confirms that a provider's identity may sign in to the account from now on. */
    void confirmIdentityLink(UserAccount account, String provider, String token) {
        URI link = properties.link("/link-identity/" + token);
        send(account, "mail.link-identity", link, account.getDisplayName(), provider, link);
    }

    private void send(UserAccount account, String key, URI link, Object... arguments) {
        Locale locale = account.getLocale();
        // Without fallback to the JVM's default locale: Spanish lives in the base file, not in a _es one.
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String subject = new MessageFormat(bundle.getString(key + ".subject"), locale).format(arguments);
        String text = new MessageFormat(bundle.getString(key + ".text"), locale).format(arguments);
        mail.send(new AccountMessage(account.getEmail(), subject, text, link));
    }
}
