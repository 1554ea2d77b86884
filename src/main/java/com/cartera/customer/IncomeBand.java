package com.cartera.customer;

/** A person's income band, for segmentation. */
public enum IncomeBand {
    LOW, LOWER_MIDDLE, MIDDLE, UPPER_MIDDLE, HIGH
}
