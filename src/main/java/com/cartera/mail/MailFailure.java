package com.cartera.mail;

/** Why an attempt to send failed, in a kind the mail view words for the reader and the server's own words. */
public record MailFailure(Kind kind, String detail) {

    public enum Kind {
        /** No connection: wrong host or port, the server is down, TLS could not be set up. */
        UNREACHABLE,
        /** The server refused the user name or password. */
        AUTHENTICATION,
        /** The server took the connection but refused the message or a recipient. */
        REJECTED,
        OTHER
    }

    public MailFailure {
        detail = detail == null ? "" : detail.length() > 1000 ? detail.substring(0, 1000) : detail;
    }
}
