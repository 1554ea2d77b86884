package com.cartera.security;

/**
 * Where messages to an account's address go: the mail module's outbox, which stores them in the caller's
 * transaction (when there is one) and sends them after commit.
 */
public interface AccountMail {

    /** A message about the account alone (verification, sign-up, identity link, password reset). */
    void send(AccountMessage message);

    /**
     * A message from the workspace in scope (an invitation), kept in that workspace's outbox where its admin sees
     * it; needs the caller's tenant transaction.
     */
    void sendInWorkspace(AccountMessage message);
}
