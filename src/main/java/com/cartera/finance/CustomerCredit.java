package com.cartera.finance;

import java.math.BigDecimal;

/**
 * A customer's own credit terms as saved; a null field means the workspace default applies.
 *
 * @param termsDays       days after issue
 * @param termsDayOfMonth the day of the month the invoice then falls due on
 * @param creditLimit     how much they may owe at most
 */
public record CustomerCredit(long customerId, Integer termsDays, Integer termsDayOfMonth, BigDecimal creditLimit) {

    public static CustomerCredit none(long customerId) {
        return new CustomerCredit(customerId, null, null, null);
    }
}
