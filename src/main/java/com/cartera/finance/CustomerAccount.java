package com.cartera.finance;

import java.math.BigDecimal;

/**
 * A customer's account today: what their open invoices add up to, the part of it past due, the credit of their
 * payments not yet allocated, and the balance (open less credit).
 */
public record CustomerAccount(BigDecimal openAmount, BigDecimal overdue, BigDecimal unallocatedCredit) {

    public BigDecimal balance() {
        return openAmount.subtract(unallocatedCredit);
    }
}
