package com.cartera.customer;

/** A tag with the number of live customers carrying it. */
public record TagUsage(Tag tag, long customers) {
}
