package com.cartera.mail;

/**
 * Sends messages to people of the workspace in scope through its outbox: the message is stored in the caller's
 * transaction (so it exists exactly when the change that causes it commits) and sent after commit.
 */
public interface WorkspaceMail {

    /** Stores {@code message} in the outbox of the workspace in scope; needs the caller's tenant transaction. */
    void enqueue(MailRequest message);
}
