package com.cartera.finance;

import java.math.BigDecimal;

/**
 * A customer's receivables as of a day: the open amounts of their invoices by age, and beside them the credit they
 * hold in payments not allocated to any invoice (it lowers the balance, not any bucket).
 */
public record CustomerReceivables(Ageing ageing, BigDecimal unallocatedCredit) {

    /** What the customer owes net of the credit they hold. */
    public BigDecimal balance() {
        return ageing.total().subtract(unallocatedCredit);
    }
}
