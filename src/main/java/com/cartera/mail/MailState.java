package com.cartera.mail;

/** Where a message stands in the outbox. */
public enum MailState {
    /** Waiting for its first attempt or, after a failure, for its next one. */
    QUEUED,
    /** Being handed to the server; a worker holds it under a lease. */
    SENDING,
    /** The server (or the .eml folder) took it. */
    SENT,
    /** Every attempt failed; it stays until an admin sends it again. */
    FAILED
}
