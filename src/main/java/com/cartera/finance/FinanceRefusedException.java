package com.cartera.finance;

import com.cartera.base.input.RefusedInputException;

/** Finance input refused by its rules (an amount, a date, a number already used); nothing was saved. */
public class FinanceRefusedException extends RefusedInputException {

    public FinanceRefusedException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
