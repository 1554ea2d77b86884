package com.cartera.finance;

import java.time.LocalDate;

import com.cartera.customer.PaymentMethod;

/**
 * Which payments the list shows; a null field does not filter. {@code reference} matches the start of the
 * reference, any case.
 */
public record PaymentFilter(Long customerId, LocalDate from, LocalDate to, PaymentMethod method, String reference,
                            State state) {

    /** Live or reversed payments, or the live ones with credit left. */
    public enum State {
        ALL, LIVE, WITH_CREDIT, REVERSED
    }

    public static PaymentFilter all() {
        return new PaymentFilter(null, null, null, null, null, State.ALL);
    }
}
