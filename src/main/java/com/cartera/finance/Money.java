package com.cartera.finance;

import java.math.BigDecimal;

/** The limits of an amount of money as finance stores it: numeric(14, 2). */
final class Money {

    /** The largest amount a column numeric(14, 2) holds. */
    static final BigDecimal MAX = new BigDecimal("999999999999.99");

    private Money() {
    }

    static boolean hasMoreThanCents(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() > 2;
    }
}
