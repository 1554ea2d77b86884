package com.cartera.customer;

/** A customer is a person or a company. */
public enum CustomerKind {
    PERSON, COMPANY
}
