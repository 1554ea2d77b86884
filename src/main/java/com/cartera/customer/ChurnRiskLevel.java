package com.cartera.customer;

/** How likely a customer is to be lost, as analytics last estimated it and published to the customer. */
public enum ChurnRiskLevel {
    HIGH, MEDIUM, LOW
}
