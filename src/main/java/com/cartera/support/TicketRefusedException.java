package com.cartera.support;

import java.util.List;

/**
 * A ticket, message, attachment or desk setting was refused for wrong input or a step the rules do not allow.
 * Nothing was saved.
 *
 * @see #field()
 */
public class TicketRefusedException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final List<Object> arguments;

    /**
     * @param field      the input at fault ({@code subject}, {@code status}, {@code attachment}, ...)
     * @param messageKey i18n key of the message, in Spanish and English
     * @param arguments  the message's values (a limit, a file name)
     */
    public TicketRefusedException(String field, String messageKey, Object... arguments) {
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
