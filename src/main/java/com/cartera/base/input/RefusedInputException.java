package com.cartera.base.input;

import java.util.List;

/**
 * Input refused by a service's rules. Nothing was saved. A screen shows the translated message on the field.
 *
 * @see #field()
 */
public abstract class RefusedInputException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final List<Object> arguments;

    /**
     * @param field      the input at fault ({@code name}, {@code amount}, {@code attachment}, ...)
     * @param messageKey i18n key of the message, in Spanish and English
     * @param arguments  the message's values (a limit, a date, a file name)
     */
    protected RefusedInputException(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey + " " + List.of(arguments));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
