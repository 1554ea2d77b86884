package com.cartera.customer;

/** How much a customer is worth to the workspace, highest first; each tier is treated differently. */
public enum ValueTier {
    STRATEGIC, KEY, EMERGING, LOW
}
