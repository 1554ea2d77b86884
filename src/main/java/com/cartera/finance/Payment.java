package com.cartera.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.cartera.customer.PaymentMethod;

/**
 * A recorded payment as it stands, with the name of its customer. {@code unallocated} is the credit still to
 * allocate; a reversed payment keeps its row with the day and reason of the reversal.
 */
public record Payment(long id, long version, long customerId, String customerName, LocalDate receivedOn,
                      BigDecimal amount, String currency, PaymentMethod method, String reference,
                      BigDecimal unallocated, String notes, LocalDate reversedOn, String reversalReason) {

    public boolean reversed() {
        return reversedOn != null;
    }

    /** Whether credit is left to allocate to invoices. */
    public boolean hasCredit() {
        return !reversed() && unallocated.signum() > 0;
    }
}
