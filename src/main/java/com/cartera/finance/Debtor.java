package com.cartera.finance;

import java.math.BigDecimal;

/**
 * A customer who owes the workspace: their open receivables now, the part of it past due as of a day, and the
 * credit limit that applies to them (their own or the workspace default; null: no limit).
 */
public record Debtor(long customerId, String name, BigDecimal open, BigDecimal overdue, BigDecimal creditLimit) {

    /** Whether they owe more than their credit limit. */
    public boolean overLimit() {
        return creditLimit != null && open.compareTo(creditLimit) > 0;
    }
}
