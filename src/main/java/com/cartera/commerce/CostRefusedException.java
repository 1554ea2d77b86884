package com.cartera.commerce;

import com.cartera.base.input.RefusedInputException;

/** A product cost was refused for wrong input. Nothing was saved. */
public class CostRefusedException extends RefusedInputException {

    public CostRefusedException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
