package com.cartera.support;

import com.cartera.base.input.RefusedInputException;

/**
 * A ticket, message, attachment or desk setting was refused for wrong input or a step the rules do not allow.
 * Nothing was saved.
 */
public class TicketRefusedException extends RefusedInputException {

    public TicketRefusedException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
