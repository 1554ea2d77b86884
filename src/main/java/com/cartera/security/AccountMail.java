package com.cartera.security;

/**
 * Where messages to an account's address go. Only {@link EmlFileAccountMail} for now; an SMTP outbox
 * takes over later and keeps the file as the fallback of the embedded default.
 */
public interface AccountMail {

    void send(AccountMessage message);
}
