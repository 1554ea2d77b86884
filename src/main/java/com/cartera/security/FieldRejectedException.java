package com.cartera.security;

/** A value the user entered was refused; names the field and the message key to show on it. */
public class FieldRejectedException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public FieldRejectedException(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
