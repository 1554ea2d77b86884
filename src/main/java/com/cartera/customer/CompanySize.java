package com.cartera.customer;

/** Company size by head count: micro 1–9, small 10–49, medium 50–249, large 250 or more. */
public enum CompanySize {
    MICRO, SMALL, MEDIUM, LARGE
}
