package com.cartera.customer;

/**
 * How many customers a segment recalculation changed.
 *
 * @param tiers customers whose computed value tier changed
 * @param rfm   customers whose RFM scores or segment changed (or were cleared)
 */
public record SegmentChanges(int tiers, int rfm) {
}
