package com.cartera.marketing;

import java.util.List;

/**
 * A source, campaign or spend entry was refused for wrong input. Nothing was saved.
 *
 * @see #field()
 */
public class MarketingRefusedException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final List<Object> arguments;

    /**
     * @param field      the input at fault ({@code name}, {@code amount}, {@code spentOn}, ...)
     * @param messageKey i18n key of the message, in Spanish and English
     * @param arguments  the message's values (a limit, a date)
     */
    public MarketingRefusedException(String field, String messageKey, Object... arguments) {
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
