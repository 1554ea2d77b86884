package com.cartera.marketing;

import com.cartera.base.input.RefusedInputException;

/** A source, campaign or spend entry was refused for wrong input. Nothing was saved. */
public class MarketingRefusedException extends RefusedInputException {

    public MarketingRefusedException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
