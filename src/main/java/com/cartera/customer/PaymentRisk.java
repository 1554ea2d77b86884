package com.cartera.customer;

/** How likely a customer is to pay late or not at all, judged by finance from their receivables; none is null. */
public enum PaymentRisk {
    WATCH, HIGH
}
