package com.cartera.marketing;

import java.math.BigDecimal;

/**
 * A campaign's source was to change while spend entries are booked on the campaign: nothing was saved. Saving again
 * with consent moves the entries to the new source.
 *
 * @param entries how many entries the campaign has
 * @param amount  what they add up to
 * @param from    the source they are booked on now
 * @param to      the source the campaign would get
 */
public class SourceChangeNeedsConsent extends RuntimeException {

    private final long entries;
    private final BigDecimal amount;
    private final long from;
    private final long to;

    public SourceChangeNeedsConsent(long entries, BigDecimal amount, long from, long to) {
        super(entries + " spend entries (" + amount + ") are booked on source " + from);
        this.entries = entries;
        this.amount = amount;
        this.from = from;
        this.to = to;
    }

    public long entries() {
        return entries;
    }

    public BigDecimal amount() {
        return amount;
    }

    public long from() {
        return from;
    }

    public long to() {
        return to;
    }
}
