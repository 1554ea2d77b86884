package com.cartera.customer;

/** Why a customer carries a payment risk; the screens put each in words (key {@code payment-risk.reason.<NAME>}). */
public enum PaymentRiskReason {
    /** Has invoices past due. */
    OVERDUE,
    /** Has invoices past due longer than the workspace's high-risk days (90 by default). */
    OVERDUE_LONG,
    /** Paid a large share of the last year's invoices late. */
    HABITUALLY_LATE,
    /** Owes more than their credit limit. */
    OVER_CREDIT_LIMIT
}
