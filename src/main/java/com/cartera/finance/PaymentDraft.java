package com.cartera.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.cartera.customer.PaymentMethod;

/**
 * A payment to record: who paid, when, how much in which currency, how, with which reference, and the parts
 * allocated to their invoices; the rest is kept as credit on the customer.
 */
public record PaymentDraft(Long customerId, LocalDate receivedOn, BigDecimal amount, String currency,
                           PaymentMethod method, String reference, String notes,
                           List<InvoiceAllocation> allocations) {

    public PaymentDraft {
        allocations = allocations == null ? List.of() : List.copyOf(allocations);
    }
}
