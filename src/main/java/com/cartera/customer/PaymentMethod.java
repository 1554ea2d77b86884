package com.cartera.customer;

/** How a customer pays: their preference, and how a purchase was paid. */
public enum PaymentMethod {
    CASH, CARD, BANK_TRANSFER, DIRECT_DEBIT, MOBILE, CHEQUE, OTHER
}
